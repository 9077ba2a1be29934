// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { replaceSourcePartners } from '../../lib/db';
import { referenceEntry } from '../../lib/reference';
import { DbContext } from '../../components/db-context';
import { LocalPartners } from '../../components/reference/LocalPartners';
import { useDbAndRoot, waitUntil } from '../support/component-db';
import { structure } from '../fixtures/records';

const env = useDbAndRoot();

describe('LocalPartners (an entry’s partners in the directory)', () => {
  it('counts them, lists the first five and searches the rest with « voir tout »', async () => {
    const towns = ['Agde', 'Béziers', 'Lunel', 'Lodève', 'Montpellier', 'Sète', 'Pézenas'];
    const structures = towns.map((town, i) => structure({ id: `ml-${i}`, nom: `Mission Locale de ${town}`, commune: town }));
    await replaceSourcePartners(env.db, { id: 'team', kind: 'file', label: 'Équipe', priority: 1 }, parseDataInclusion({ structures }).partners);
    const onSeeAll = vi.fn();
    const onOpenPartner = vi.fn();
    render(
      <DbContext.Provider value={env.db}>
        <LocalPartners entry={referenceEntry('mission-locale')!} onSeeAll={onSeeAll} onOpenPartner={onOpenPartner} />
      </DbContext.Provider>,
      env.root,
    );
    await waitUntil(() => env.root.textContent?.includes('7 partenaires de ce réseau dans votre annuaire.') ?? false);
    const names = [...env.root.querySelectorAll('.local-partners__list button')].map((b) => b.textContent);
    expect(names).toEqual(['Mission Locale de Agde', 'Mission Locale de Béziers', 'Mission Locale de Lodève', 'Mission Locale de Lunel', 'Mission Locale de Montpellier']);
    const seeAll = [...env.root.querySelectorAll('button')].find((b) => b.textContent === 'Voir les 7 partenaires')!;
    seeAll.click();
    expect(onSeeAll).toHaveBeenCalledWith('Mission Locale');
    (env.root.querySelector('.local-partners__list button') as HTMLButtonElement).click();
    expect(onOpenPartner.mock.calls[0][0].nom).toBe('Mission Locale de Agde');
  });

  it('says when the directory has none', async () => {
    render(
      <DbContext.Provider value={env.db}>
        <LocalPartners entry={referenceEntry('plie')!} />
      </DbContext.Provider>,
      env.root,
    );
    await waitUntil(() => env.root.textContent?.includes('Aucun partenaire de ce réseau dans votre annuaire.') ?? false);
    expect(env.root.querySelector('button')).toBeNull();
  });
});
