import type { Favourite } from '../schema';
import type { RepereDB } from './database';
import { groupMemberIds } from './group-members';

/** Starred, on this record or on any record of its group (a star follows the structure). */
export async function isFavourite(db: RepereDB, partnerId: string): Promise<boolean> {
  const ids = await groupMemberIds(db, partnerId);
  return (await db.favourites.where('partnerId').anyOf(ids).count()) > 0;
}

/**
 * Stars or unstars a partner; a new favourite goes to the end of the list. Returns the new state.
 * Unstarring a group unstars every record of it.
 */
export async function toggleFavourite(db: RepereDB, partnerId: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.favourites, db.partnerGroups, async () => {
    const starred = await db.favourites.where('partnerId').anyOf(await groupMemberIds(db, partnerId)).primaryKeys();
    if (starred.length > 0) {
      await db.favourites.bulkDelete(starred);
      return false;
    }
    const last = await db.favourites.orderBy('order').last();
    await db.favourites.put({ partnerId, addedAt: now, order: (last?.order ?? 0) + 1, group: '' });
    return true;
  });
}

export async function removeFavourite(db: RepereDB, partnerId: string): Promise<void> {
  await db.favourites.delete(partnerId);
}

export async function listFavourites(db: RepereDB): Promise<Favourite[]> {
  return db.favourites.orderBy('order').toArray();
}

/** Rewrites every order as 1..n in the given sequence, so later moves stay simple swaps. */
async function renumber(db: RepereDB, sequence: Favourite[]): Promise<void> {
  await db.favourites.bulkPut(sequence.map((f, i) => ({ ...f, order: i + 1 })));
}

/** Files a favourite under a group ('' = none); it goes to the end of that group. */
export async function setFavouriteGroup(db: RepereDB, partnerId: string, group: string): Promise<void> {
  await db.transaction('rw', db.favourites, async () => {
    const all = await listFavourites(db);
    const moved = all.find((f) => f.partnerId === partnerId);
    if (!moved) return;
    await renumber(db, [...all.filter((f) => f !== moved), { ...moved, group: group.trim() }]);
  });
}

/** Moves a favourite one place up or down among the favourites of its own group (keyboard reorder). */
export async function moveFavourite(db: RepereDB, partnerId: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.favourites, async () => {
    const all = await listFavourites(db);
    const moved = all.find((f) => f.partnerId === partnerId);
    if (!moved) return;
    const sameGroup = all.filter((f) => f.group === moved.group);
    const neighbour = sameGroup[sameGroup.indexOf(moved) + direction];
    if (!neighbour) return;
    const a = all.indexOf(moved);
    const b = all.indexOf(neighbour);
    [all[a], all[b]] = [all[b], all[a]];
    await renumber(db, all);
  });
}

/** Drag and drop: puts a favourite just before another one, in that one's group. */
export async function placeFavouriteBefore(db: RepereDB, partnerId: string, targetId: string): Promise<void> {
  if (partnerId === targetId) return;
  await db.transaction('rw', db.favourites, async () => {
    const all = await listFavourites(db);
    const moved = all.find((f) => f.partnerId === partnerId);
    const target = all.find((f) => f.partnerId === targetId);
    if (!moved || !target) return;
    const rest = all.filter((f) => f !== moved);
    rest.splice(rest.indexOf(target), 0, { ...moved, group: target.group });
    await renumber(db, rest);
  });
}
