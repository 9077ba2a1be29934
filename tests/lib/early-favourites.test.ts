import { describe, expect, it } from 'vitest';
import { readFavouritesEarly } from '../../lib/db/early-favourites';
import { rawReader } from '../../lib/db/early-read';
import { setGroups } from '../../lib/db/favourite-group-list';
import { readEarlyInputs } from '../../lib/early-inputs';
import { dropDb, openFreshDb } from '../support/fresh-db';

const starred = (partnerId: string, order: number, group = '') => ({ partnerId, order, group, addedAt: order });
const storage = (sync: Record<string, unknown>, local: Record<string, unknown> = {}) => ({
  sync: { get: async () => sync },
  local: { get: async () => local },
});
const SETE = { kind: 'commune', code: '34301', label: 'Sète', codes: [] };

// The popup's <head> reads what its first search needs without Dexie, so that search is sent
// once, ranked for the favourites (issue 20, « first open »).
describe('the favourites read with raw IndexedDB', () => {
  it('reads them in order, with the group labels', async () => {
    const db = openFreshDb();
    await db.favourites.bulkPut([starred('b', 2, 'Santé'), starred('a', 1), starred('c', 3, 'Santé')]);
    await setGroups(db, ['Santé', 'Logement']);
    const early = await readFavouritesEarly(rawReader(db.name));
    expect(early?.favourites.map((f) => f.partnerId)).toEqual(['a', 'b', 'c']);
    expect(early?.favourites[1]).toMatchObject({ group: 'Santé', order: 2 });
    expect(early?.groups).toEqual(['Santé', 'Logement']);
    await dropDb(db);
  });

  it('gives empty lists for a database without favourites or groups', async () => {
    const db = openFreshDb();
    await db.open();
    expect(await readFavouritesEarly(rawReader(db.name))).toEqual({ favourites: [], groups: [] });
    await dropDb(db);
  });

  it('reads nothing, and creates nothing, before the database exists', async () => {
    const name = `repere-missing-${Math.random().toString(36).slice(2)}`;
    expect(await readFavouritesEarly(rawReader(name))).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});

describe('the first search inputs read in the <head>', () => {
  it('holds the territory and the favourites', async () => {
    const db = openFreshDb();
    await db.favourites.put(starred('a', 1));
    const inputs = await readEarlyInputs(storage({ settings: { savedAt: 1, value: { territory: [SETE] } } }), rawReader(db.name));
    expect(inputs.settings?.territory.map((place) => place.code)).toEqual(['34301']);
    expect(inputs.favourites?.favourites.map((f) => f.partnerId)).toEqual(['a']);
    await dropDb(db);
  });

  it('still gives the favourites when the storage cannot be read', async () => {
    const db = openFreshDb();
    await db.favourites.put(starred('a', 1));
    const broken = { sync: { get: () => Promise.reject(new Error('no')) }, local: { get: () => Promise.reject(new Error('no')) } };
    const inputs = await readEarlyInputs(broken, rawReader(db.name));
    expect(inputs.settings).toEqual({ territory: [] });
    expect(inputs.favourites?.favourites).toHaveLength(1);
    await dropDb(db);
  });
});
