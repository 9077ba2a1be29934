import type { RepereDB } from './database';
import { bumpDirectoryVersion } from './directory-store';

/** In `meta`: the counsellor hid the starter's national entries from searches (« Annuaire »). */
export const STARTER_HIDDEN_KEY = 'starterHidden';

export async function isStarterHidden(db: RepereDB): Promise<boolean> {
  return (await db.meta.get(STARTER_HIDDEN_KEY))?.value === true;
}

/**
 * Hides or shows the starter's national entries in every search (popup, side panel, address
 * bar): the search index is rebuilt without them. Their cards still open from a favourite.
 */
export async function setStarterHidden(db: RepereDB, hidden: boolean): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if ((await isStarterHidden(db)) === hidden) return;
    await db.meta.put({ key: STARTER_HIDDEN_KEY, value: hidden });
    await bumpDirectoryVersion(db);
  });
}
