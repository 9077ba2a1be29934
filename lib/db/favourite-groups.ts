import { GroupLabelSchema, type Favourite } from '../schema';
import type { RepereDB } from './database';

const GROUPS_KEY = 'favouriteGroups';

/** The counsellor's group labels, in the order they chose. */
export async function listGroups(db: RepereDB): Promise<string[]> {
  return ((await db.meta.get(GROUPS_KEY))?.value as string[] | undefined) ?? [];
}

export async function setGroups(db: RepereDB, groups: readonly string[]): Promise<void> {
  await db.meta.put({ key: GROUPS_KEY, value: [...groups] });
}

/** Adds a group label; refuses an empty or duplicate one (case and accents aside) with a French message. */
export async function addGroup(db: RepereDB, label: string): Promise<{ error?: string }> {
  const parsed = GroupLabelSchema.safeParse(label);
  if (!parsed.success) return { error: `Nom du groupe : ${parsed.error.issues[0]?.message}` };
  return db.transaction('rw', db.meta, async () => {
    const groups = await listGroups(db);
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (groups.some((g) => fold(g) === fold(parsed.data))) return { error: `Le groupe « ${parsed.data} » existe déjà.` };
    await setGroups(db, [...groups, parsed.data]);
    return {};
  });
}

/** Removes a group; its favourites stay, ungrouped. */
export async function removeGroup(db: RepereDB, label: string): Promise<void> {
  await db.transaction('rw', db.meta, db.favourites, async () => {
    await setGroups(db, (await listGroups(db)).filter((g) => g !== label));
    await db.favourites.where('group').equals(label).modify({ group: '' });
  });
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
