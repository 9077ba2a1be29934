import { GroupLabelSchema } from '../schema';
import { frenchText } from '../i18n-french';
import type { RepereDB } from './database';
import { listGroups, setGroups } from './favourite-group-list';
import { frenchReason } from '../schema/reason-french';

// Reading and grouping live in a module without zod (the popup's first render lists the favourites).
export { listGroups, setGroups, groupFavourites, type FavouriteGroup } from './favourite-group-list';

/** Adds a group label; refuses an empty or duplicate one (case and accents aside) with a French message. */
export async function addGroup(db: RepereDB, label: string): Promise<{ error?: string }> {
  const parsed = GroupLabelSchema.safeParse(label);
  if (!parsed.success) return { error: frenchText('groupLabelInvalid', frenchReason(parsed.error.issues[0]?.message ?? '')) };
  return db.transaction('rw', db.meta, async () => {
    const groups = await listGroups(db);
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (groups.some((g) => fold(g) === fold(parsed.data))) return { error: frenchText('groupLabelTaken', parsed.data) };
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
