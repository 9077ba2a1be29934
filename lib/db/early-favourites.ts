import type { Favourite } from '../schema';
import { rawReader, type Reader } from './early-read';
import { GROUPS_KEY } from './favourite-group-list';

export interface EarlyFavourites {
  /** In the counsellor's order. */
  favourites: Favourite[];
  /** Group labels, in the counsellor's order. */
  groups: string[];
}

/**
 * The favourites and their groups, read with raw IndexedDB (no Dexie) in a page's <head>: the
 * popup's first search ranks the favourites first, and was sent again once Dexie's live queries
 * had read them. No database yet, or one without favourites: undefined (the page reads them with
 * Dexie then).
 */
export function readFavouritesEarly(reader: Reader = rawReader()): Promise<EarlyFavourites | undefined> {
  return reader(
    (tx) => {
      const favourites = tx.objectStore('favourites').getAll() as IDBRequest<Favourite[]>;
      const groups = tx.objectStore('meta').get(GROUPS_KEY) as IDBRequest<{ value?: unknown } | undefined>;
      return () => {
        const labels = groups.result?.value;
        return {
          favourites: [...favourites.result].sort((a, b) => a.order - b.order),
          groups: Array.isArray(labels) ? labels.filter((label): label is string => typeof label === 'string') : [],
        };
      };
    },
    undefined,
    ['favourites', 'meta'],
  );
}
