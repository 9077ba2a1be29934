import type { FavouritesSnapshot } from './schema';
import type { RepereDB } from './db/database';
import { listFavourites } from './db/favourites';
import { listGroups, setGroups } from './db/favourite-groups';
import { favouritesValue, readSynced, writeSynced } from './settings';

/**
 * Favourites live in IndexedDB (fast, live queries) and are mirrored to sync storage so they
 * follow the counsellor. The newest snapshot wins as a whole, so a favourite removed on one
 * computer is removed on the others too.
 */
const STAMP_KEY = 'favouritesSyncedAt';

type Content = Omit<FavouritesSnapshot, 'savedAt'>;

async function localContent(db: RepereDB): Promise<Content> {
  const [favourites, groups] = await Promise.all([listFavourites(db), listGroups(db)]);
  return { favourites, groups };
}

export function sameContent(a: Content, b: Content): boolean {
  const key = (c: Content) => JSON.stringify([c.groups, c.favourites.map((f) => [f.partnerId, f.order, f.group, f.addedAt])]);
  return key(a) === key(b);
}

/** Adopts a snapshot newer than the last one this computer saw. Returns whether it did. */
export async function adoptSnapshot(db: RepereDB, snapshot: FavouritesSnapshot | undefined): Promise<boolean> {
  if (!snapshot) return false;
  return db.transaction('rw', db.favourites, db.meta, async () => {
    const stamp = ((await db.meta.get(STAMP_KEY))?.value as number | undefined) ?? 0;
    if (snapshot.savedAt <= stamp) return false;
    await db.favourites.clear();
    await db.favourites.bulkPut(snapshot.favourites);
    await setGroups(db, snapshot.groups);
    await db.meta.put({ key: STAMP_KEY, value: snapshot.savedAt });
    return true;
  });
}

export async function pullFavourites(db: RepereDB): Promise<boolean> {
  const stored = await readSynced(favouritesValue);
  return adoptSnapshot(db, stored ? { ...stored.value, savedAt: stored.savedAt } : undefined);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Publishes the local favourites when they differ from the stored snapshot. Calls from one page
 * run one after the other, so an older content can never be written after a newer one.
 */
export function publishFavourites(db: RepereDB, now?: number): Promise<'sync' | 'local' | 'unchanged'> {
  const run = queue.then(() => publishNow(db, now ?? Date.now()));
  queue = run.catch(() => undefined);
  return run;
}

async function publishNow(db: RepereDB, now: number): Promise<'sync' | 'local' | 'unchanged'> {
  const [content, stored] = await Promise.all([localContent(db), readSynced(favouritesValue)]);
  if (stored && sameContent(content, stored.value)) return 'unchanged';
  // A first run with nothing starred has nothing worth syncing yet.
  if (!stored && content.favourites.length === 0 && content.groups.length === 0) return 'unchanged';
  // Stamp first: the write wakes every page's watcher, which must not adopt this snapshot (or an
  // earlier one still in flight) back over newer local changes.
  await db.meta.put({ key: STAMP_KEY, value: now });
  return writeSynced(favouritesValue, { ...content, savedAt: now }, now);
}
