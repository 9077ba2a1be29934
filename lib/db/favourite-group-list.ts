import type { Favourite } from '../schema';
import type { RepereDB } from './database';

/** The meta row that holds them (lib/db/early-favourites.ts reads it without Dexie). */
export const GROUPS_KEY = 'favouriteGroups';

/** The counsellor's group labels, in the order they chose. */
export async function listGroups(db: RepereDB): Promise<string[]> {
  return ((await db.meta.get(GROUPS_KEY))?.value as string[] | undefined) ?? [];
}

export async function setGroups(db: RepereDB, groups: readonly string[]): Promise<void> {
  await db.meta.put({ key: GROUPS_KEY, value: [...groups] });
}

export interface FavouriteGroup {
  /** '' for the favourites filed under no group. */
  label: string;
  favourites: Favourite[];
}

/**
 * Favourites by group, groups in the counsellor's order, then any label only a favourite still
 * carries (e.g. from another computer), then the ungrouped ones. Within a group: their order.
 */
export function groupFavourites(favourites: readonly Favourite[], groups: readonly string[], keepEmpty = false): FavouriteGroup[] {
  const sorted = [...favourites].sort((a, b) => a.order - b.order);
  const labels = [...groups, ...new Set(sorted.map((f) => f.group).filter((g) => g && !groups.includes(g))), ''];
  return labels
    .map((label) => ({ label, favourites: sorted.filter((f) => f.group === label) }))
    .filter((group) => group.favourites.length > 0 || (keepEmpty && group.label !== ''));
}
