import { useEffect } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { listFavourites, listGroups } from '../lib/db';
import { publishFavourites, pullFavourites } from '../lib/favourites-sync';
import { favouritesValue, watchSynced } from '../lib/settings';
import { useDb } from './db-context';

/**
 * Keeps this page's favourites in step with the browser's sync storage: adopts a newer snapshot
 * (another computer, another page) and publishes every local change.
 */
export function useFavouritesSync(): void {
  const db = useDb();
  const local = useLiveQuery(async () => JSON.stringify([await listFavourites(db), await listGroups(db)]), [db]);

  useEffect(() => {
    let alive = true;
    const pull = () => void pullFavourites(db).catch((error) => alive && console.warn('Repère: favourites sync', error));
    pull();
    const unwatch = watchSynced(favouritesValue, pull);
    return () => {
      alive = false;
      unwatch();
    };
  }, [db]);

  useEffect(() => {
    if (local === undefined) return;
    void publishFavourites(db).catch((error) => console.warn('Repère: favourites sync', error));
  }, [db, local]);
}
