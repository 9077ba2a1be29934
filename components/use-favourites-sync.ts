import { useEffect } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { listFavourites } from '../lib/db/favourites';
import { listGroups } from '../lib/db/favourite-group-list';
import { useDb } from './db-context';
import { afterFirstResults } from './first-results';

/** The sync's code (zod, the synced values' schemas): loaded after a page's first results. */
let syncCode: Promise<[typeof import('../lib/favourites-sync'), typeof import('../lib/settings')]> | undefined;
const loadSync = () =>
  (syncCode ??= new Promise<void>((resolve) => afterFirstResults(resolve)).then(() => Promise.all([import('../lib/favourites-sync'), import('../lib/settings')])));

/**
 * Keeps this page's favourites in step with the browser's sync storage: adopts a newer snapshot
 * (another computer, another page) and publishes every local change.
 */
export function useFavouritesSync(): void {
  const db = useDb();
  const local = useLiveQuery(async () => JSON.stringify([await listFavourites(db), await listGroups(db)]), [db]);

  useEffect(() => {
    let alive = true;
    let unwatch = () => undefined as void;
    void loadSync().then(([{ pullFavourites }, { favouritesValue, watchSynced }]) => {
      if (!alive) return;
      const pull = () => void pullFavourites(db).catch((error) => alive && console.warn('Repère: favourites sync', error));
      pull();
      unwatch = watchSynced(favouritesValue, pull);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [db]);

  useEffect(() => {
    if (local === undefined) return;
    void loadSync()
      .then(([{ publishFavourites }]) => publishFavourites(db))
      .catch((error) => console.warn('Repère: favourites sync', error));
  }, [db, local]);
}
