import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RepereDB, addGroup, listFavourites, listGroups, removeFavourite, setFavouriteGroup, toggleFavourite } from '../../lib/db';
import { adoptSnapshot, publishFavourites, pullFavourites } from '../../lib/favourites-sync';
import { favouritesValue, loadSettings, readSynced, saveSettings, syncStatusItem, territoryCodes } from '../../lib/settings';

let db: RepereDB;
let name: string;

beforeEach(() => {
  fakeBrowser.reset();
  name = `repere-sync-${Math.random().toString(36).slice(2)}`;
  db = new RepereDB(name);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(name);
});

const sete = { kind: 'commune' as const, code: '34301', label: 'Sète (34)', codes: [] };
const thau = { kind: 'epci' as const, code: '200066355', label: 'CA Sète Agglopôle Méditerranée (EPCI)', codes: ['34301', '34108'] };

describe('settings in sync storage', () => {
  it('saves the territory to sync storage and gives the search every code', async () => {
    expect(await loadSettings()).toEqual({ territory: [] });
    expect(await saveSettings({ territory: [sete, thau] })).toBe('sync');
    expect(await fakeBrowser.storage.sync.get('settings')).toMatchObject({ settings: { value: { territory: [sete, thau] } } });
    expect(territoryCodes(await loadSettings())).toEqual(['34301', '200066355', '34108']);
  });

  it('keeps a value over the per-item quota locally, with a French message, and still reads it', async () => {
    const huge = Array.from({ length: 12 }, (_, i) => ({ ...thau, code: `2000663${String(i).padStart(2, '0')}`, codes: Array.from({ length: 100 }, (_, j) => String(34000 + j)) }));
    expect(await saveSettings({ territory: huge })).toBe('local');
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
    expect((await loadSettings()).territory).toHaveLength(12);
    expect((await syncStatusItem.getValue()).settings).toMatch(/gardés sur cet ordinateur seulement/);
    // Back under the quota: synced again, the message goes away.
    expect(await saveSettings({ territory: [sete] }, Date.now() + 1)).toBe('sync');
    expect(await syncStatusItem.getValue()).toEqual({});
    expect((await loadSettings()).territory).toEqual([sete]);
  });

  it('degrades to local storage when the browser itself refuses for quota', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveSettings({ territory: [sete] })).toBe('local');
    expect((await loadSettings()).territory).toEqual([sete]);
  });

  it('ignores a malformed synced value instead of breaking', async () => {
    await fakeBrowser.storage.sync.set({ settings: { savedAt: 1, value: { territory: [{ kind: 'pays' }] } } });
    expect(await loadSettings()).toEqual({ territory: [] });
  });
});

describe('favourites follow the counsellor', () => {
  it('publishes local changes once and another computer adopts the newer snapshot, removals included', async () => {
    await toggleFavourite(db, 'ml', 1);
    await toggleFavourite(db, 'ccas', 2);
    await addGroup(db, 'Logement');
    await setFavouriteGroup(db, 'ccas', 'Logement');
    expect(await publishFavourites(db, 100)).toBe('sync');
    expect(await publishFavourites(db, 101)).toBe('unchanged');
    expect((await readSynced(favouritesValue))?.savedAt).toBe(100);

    const otherName = `${name}-other`;
    const other = new RepereDB(otherName);
    await toggleFavourite(other, 'stale', 1);
    expect(await pullFavourites(other)).toBe(true);
    expect((await listFavourites(other)).map((f) => [f.partnerId, f.group])).toEqual([['ml', ''], ['ccas', 'Logement']]);
    expect(await listGroups(other)).toEqual(['Logement']);
    expect(await pullFavourites(other)).toBe(false);

    await removeFavourite(other, 'ml');
    await publishFavourites(other, 200);
    expect(await pullFavourites(db)).toBe(true);
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual(['ccas']);
    other.close();
    await Dexie.delete(otherName);
  });

  it('never adopts an older snapshot than the one it last saw', async () => {
    await toggleFavourite(db, 'ml', 1);
    await publishFavourites(db, 500);
    expect(await adoptSnapshot(db, { savedAt: 400, favourites: [], groups: [] })).toBe(false);
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual(['ml']);
  });
});
