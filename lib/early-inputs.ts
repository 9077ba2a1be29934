import type { Settings } from './schema';
import { readFavouritesEarly, type EarlyFavourites } from './db/early-favourites';
import type { Reader } from './db/early-read';
import { readEffectiveSettings, type StorageAreas } from './territory-read';

/** Where the page's <head> (entrypoints/search-preload.ts) leaves them for the page's bundle. */
export const EARLY_INPUTS_GLOBAL = '__repereEarlyInputs';

/** What the first search needs besides the index: the territory it ranks for, and the favourites it puts first. */
export interface EarlyInputs {
  settings?: Settings;
  favourites?: EarlyFavourites;
}

/**
 * Reads them without zod or Dexie, while the page's bundle loads, so the first search is sent
 * once, with the right territory and favourites. A part that cannot be read is left out (the page
 * then reads it the usual way). `favouritesRead`: the favourites as read elsewhere (the search
 * worker), instead of a read with `reader`.
 */
export async function readEarlyInputs(storage: StorageAreas, reader?: Reader, favouritesRead?: Promise<EarlyFavourites | undefined>): Promise<EarlyInputs> {
  const [settings, favourites] = await Promise.all([
    readEffectiveSettings(storage).catch(() => undefined),
    (favouritesRead ?? readFavouritesEarly(reader)).catch(() => undefined),
  ]);
  return { settings, favourites };
}
