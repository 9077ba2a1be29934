import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../support/fresh-db';
import { parseDataInclusion } from '../../lib/directory';
import { RepereDB, STARTER_SOURCE_ID, directoryHoldings, readSearchSnapshot, refreshSearchSnapshot, replaceSourcePartners, setStarterHidden, isStarterHidden, getPartner } from '../../lib/db';
import { restoreSnapshot } from '../../lib/search';
import type { TerritoryPlace } from '../../lib/schema';
import { structure } from '../fixtures/records';

// Issue 21: the welcome's last step says what the directory holds; the starter can be hidden.
let db: RepereDB;
beforeEach(() => {
  db = openFreshDb();
});
afterEach(() => dropDb(db));

const partnersOf = (...structures: Record<string, unknown>[]) => parseDataInclusion({ structures }).partners;
const noAddress = { commune: null, code_postal: null, code_insee: null, adresse: null };
const tourcoing: TerritoryPlace = { kind: 'commune', code: '59599', label: 'Tourcoing', codes: ['59599'] };
const nord: TerritoryPlace = { kind: 'departement', code: '59', label: 'Nord', codes: ['59'] };

async function loadStarter() {
  await replaceSourcePartners(db, { id: STARTER_SOURCE_ID, kind: 'embedded', label: 'Départ', priority: -10 }, partnersOf(
    structure({ id: 'repere--ml', nom: 'Mission Locale (réseau national)', ...noAddress }),
    structure({ id: 'repere--ft', nom: 'France Travail', reseaux_porteurs: ['france-travail'], description: null, ...noAddress }),
  ));
}

describe('what the directory holds, by territory', () => {
  it('with the starter only: national numbers, nobody of the territory', async () => {
    await loadStarter();
    expect(await directoryHoldings(db, [tourcoing])).toEqual({ national: 2, local: 0, elsewhere: 0, examples: [] });
  });

  it('counts the territory’s partners by commune or département, once each, and the others apart', async () => {
    await loadStarter();
    const local = structure({ id: 't--tourcoing', nom: 'Mission Locale de Tourcoing', commune: 'Tourcoing', code_postal: '59200', code_insee: '59599' });
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, partnersOf(
      local,
      structure({ id: 't--lille', nom: 'CCAS de Lille', commune: 'Lille', code_postal: '59000', code_insee: '59350' }),
      structure({ id: 't--sete', nom: 'CCAS de Sète' }),
    ));
    await replaceSourcePartners(db, { id: 'url', kind: 'url', label: 'Autre', priority: 1 }, partnersOf(local));
    expect(await directoryHoldings(db, [tourcoing])).toEqual({ national: 2, local: 1, elsewhere: 2, examples: [{ id: 't--tourcoing', nom: 'Mission Locale de Tourcoing' }] });
    expect(await directoryHoldings(db, [nord])).toMatchObject({ national: 2, local: 2, elsewhere: 1, examples: [{ nom: 'CCAS de Lille' }, { nom: 'Mission Locale de Tourcoing' }] });
    expect(await directoryHoldings(db, [])).toEqual({ national: 2, local: 0, elsewhere: 3, examples: [] });
  });
});

describe('hiding the starter’s national entries', () => {
  const names = async (query: string) => {
    await refreshSearchSnapshot(db);
    const stored = await readSearchSnapshot(db);
    return restoreSnapshot(stored!.snapshot).index.search(query).map((hit) => hit.partner.id);
  };

  it('takes them out of the search index, and back; their cards still open', async () => {
    await loadStarter();
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, partnersOf(structure({ id: 't--ml', nom: 'Mission Locale de Tourcoing', code_insee: '59599', code_postal: '59200', commune: 'Tourcoing' })));
    expect(await names('mission locale')).toEqual(['t--ml', 'repere--ml']);
    await setStarterHidden(db, true);
    expect(await isStarterHidden(db)).toBe(true);
    expect(await names('mission locale')).toEqual(['t--ml']);
    expect(await names('france travail')).toEqual([]);
    expect((await getPartner(db, 'repere--ft'))?.nom).toBe('France Travail');
    await setStarterHidden(db, false);
    expect(await names('mission locale')).toEqual(['t--ml', 'repere--ml']);
  });
});
