import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../support/fresh-db';
import { parseDataInclusion } from '../../lib/directory';
import { partnersOfNetworks, replaceSourcePartners, type RepereDB } from '../../lib/db';
import { entriesByCarrier, entriesByNeed, referenceEntries, referenceEntry, seeAllQuery } from '../../lib/reference';
import { structure } from '../fixtures/records';

let db: RepereDB;
beforeEach(() => {
  db = openFreshDb();
});
afterEach(() => dropDb(db));

const partnersOf = (...structures: Record<string, unknown>[]) => parseDataInclusion({ structures }).partners;
const team = { id: 'team', kind: 'file' as const, label: 'Équipe', priority: 1 };
const other = { id: 'other', kind: 'file' as const, label: 'Autre', priority: 0 };

describe('partnersOfNetworks (an entry’s local partners)', () => {
  it('counts the partners of the networks once per id and lists the first few by name', async () => {
    await replaceSourcePartners(db, team, partnersOf(
      structure({ id: 'ml-3', nom: 'Mission Locale de Sète' }),
      structure({ id: 'ml-1', nom: 'Mission Locale d’Agde' }),
      structure({ id: 'ml-2', nom: 'Mission Locale de Lunel' }),
      structure({ id: 'ft-1', nom: 'France Travail Sète', reseaux_porteurs: ['france-travail'] }),
    ));
    await replaceSourcePartners(db, other, partnersOf(structure({ id: 'ml-3', nom: 'ML Sète (ancienne fiche)' })));
    const found = await partnersOfNetworks(db, ['mission-locale'], 2);
    expect(found.count).toBe(3);
    expect(found.first.map((p) => p.nom)).toEqual(['Mission Locale d’Agde', 'Mission Locale de Lunel']);
    expect((await partnersOfNetworks(db, ['mission-locale', 'france-travail'])).count).toBe(4);
    expect(await partnersOfNetworks(db, [])).toEqual({ count: 0, first: [] });
    expect((await partnersOfNetworks(db, ['plie'])).count).toBe(0);
  });

  it('counts a partner whose name reveals the network, as the search finds it (« PLIE de Roubaix » without a network field)', async () => {
    await replaceSourcePartners(db, team, partnersOf(
      structure({ id: 'plie-1', nom: 'PLIE de Roubaix', reseaux_porteurs: [] }),
      structure({ id: 'plie-2', nom: 'Maison de l’emploi et PLIE du Douaisis', reseaux_porteurs: [] }),
      structure({ id: 'pl-3', nom: 'Pliage et reliure', reseaux_porteurs: [] }),
      structure({ id: 'plie-4', nom: 'Ensemble vers l’emploi', reseaux_porteurs: ['plie'] }),
    ));
    const found = await partnersOfNetworks(db, ['plie']);
    expect(found.count).toBe(3);
    expect(found.first.map((p) => p.nom)).toEqual(['Ensemble vers l’emploi', 'Maison de l’emploi et PLIE du Douaisis', 'PLIE de Roubaix']);
  });
});

describe('browsing the reference', () => {
  it('groups every entry under its carrier, the State first', () => {
    const groups = entriesByCarrier(referenceEntries());
    expect(groups[0].kind).toBe('etat');
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(referenceEntries().length);
    expect(groups.find((g) => g.kind === 'departement')?.entries.map((e) => e.id)).toContain('rsa');
  });

  it('groups entries under the needs they answer', () => {
    const housing = entriesByNeed(referenceEntries()).find((g) => g.category === 'logement-hebergement');
    expect(housing?.label).toBe('Logement et hébergement');
    expect(housing?.entries.map((e) => e.id)).toEqual(expect.arrayContaining(['siao', 'fsl', 'dalo', 'visale']));
  });

  it('searches a network’s partners by words the directory search knows', () => {
    expect(seeAllQuery(referenceEntry('mission-locale')!)).toBe('Mission Locale');
    expect(seeAllQuery(referenceEntry('ccas')!)).toBe('CCAS');
    expect(seeAllQuery(referenceEntry('cej')!)).toBeUndefined();
  });
});
