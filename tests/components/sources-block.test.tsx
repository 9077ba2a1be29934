// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DbContext } from '../../components/db-context';
import { SourcesBlock } from '../../components/card/SourcesBlock';
import type { GroupedPartner } from '../../lib/db';
import { useDbAndRoot, waitUntil } from '../support/component-db';

const env = useDbAndRoot();

/**
 * A merged card of two records: one from an imported file, one from a subscription whose record
 * claims the starter's own `source` (« repere »), with a phone number the card does not show.
 */
const partner = {
  id: 'caf-sete',
  nom: 'CAF de Sète',
  group: {
    members: [
      { id: 'caf-sete', source: 'dora', origin: 'file-caf', nom: 'CAF de Sète', date_maj: '2026-10-01' },
      { id: 'abo--caf', source: 'repere', origin: 'abo', nom: 'CAF Sète', date_maj: '2026-09-01', others: { telephone: '04 99 99 99 99' } },
    ],
    fields: { nom: 0, telephone: 0 },
    reasons: ['groupReasonSiret'],
  },
} as unknown as GroupedPartner;

const sources = [
  { id: 'file-caf', kind: 'file', label: 'Fichier de la CAF', partnerCount: 1, updatedAt: Date.UTC(2026, 9, 1), priority: 2 },
  { id: 'abo', kind: 'url', label: 'Annuaire de l’équipe', url: 'https://annuaire.example/data.json', partnerCount: 1, updatedAt: Date.UTC(2026, 9, 1), priority: 1 },
];

describe('« Sources » of a merged card', () => {
  it('labels each record by the directory that brought it, never by the record’s own source field', async () => {
    await env.db.sources.bulkPut(sources as never);
    render(
      <DbContext.Provider value={env.db}>
        <SourcesBlock partner={partner} onSplit={() => {}} />
      </DbContext.Provider>,
      env.root,
    );
    // Before the directories are read, nothing may speak for the record by its claimed source.
    const before = env.root.textContent ?? '';
    expect(before).not.toContain('selon « repere »');
    expect(before).not.toContain('Signaler une erreur à « repere »');

    await waitUntil(() => (env.root.textContent ?? '').includes('Annuaire de l’équipe'));
    const items = [...env.root.querySelectorAll('.sources__item')].map((item) => item.textContent ?? '');
    expect(env.root.querySelector('.muted')?.textContent).toBe('Réunies : même SIRET');
    expect(items).toHaveLength(2);
    expect(items[1]).toContain('autre numéro selon « Annuaire de l’équipe » : 04 99 99 99 99');
    expect(items[1]).toContain('Signaler une erreur à « Annuaire de l’équipe »');
    expect(items[0]).toContain('Signaler une erreur à « Fichier de la CAF »');
    const after = env.root.textContent ?? '';
    expect(after).not.toContain('selon « repere »');
    expect(after).not.toContain('Signaler une erreur à « repere »');
  });
});
