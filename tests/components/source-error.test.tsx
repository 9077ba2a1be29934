// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DbContext } from '../../components/db-context';
import { SourceRow } from '../../components/options/SourceRow';
import { interruptedMessage } from '../../lib/import/interrupted';
import { asClause } from '../../lib/sentence';
import { useDbAndRoot } from '../support/component-db';

const env = useDbAndRoot();

describe('a source whose last refresh was interrupted', () => {
  it('says so in one sentence, without « l’actualisation.. »', () => {
    const source = { id: 'abo', kind: 'url', label: 'Annuaire du département', url: 'https://annuaire.example/data.json', priority: 1, partnerCount: 12, updatedAt: Date.UTC(2026, 10, 1), lastError: interruptedMessage(), lastErrorAt: Date.UTC(2026, 10, 2) };
    render(
      <DbContext.Provider value={env.db}>
        <table><tbody><SourceRow source={source as never} overlaps={[]} labelOf={(id) => id} /></tbody></table>
      </DbContext.Provider>,
      env.root,
    );
    const text = env.root.querySelector('.source-error')?.textContent ?? '';
    expect(text).toContain('relancez l’actualisation. Les données de la dernière actualisation réussie');
    expect(text).not.toContain('..');
    expect(asClause('Serveur injoignable.')).toBe('Serveur injoignable');
    expect(asClause('Délai dépassé')).toBe('Délai dépassé');
  });
});
