import { useEffect } from 'preact/hooks';
import { listFavourites } from '../lib/db/favourites';
import { listGroups } from '../lib/db/favourite-group-list';
import { useDbAccess } from './db-context';
import { afterFirstResults, useAfterFirstResults } from './first-results';
import { useLiveQueryLater } from './use-live-query-later';

/** The sync's code (zod, the synced values' schemas): loaded after a page's first results. */
let syncCode: Promise<[typeof import('../lib/favourites-sync'), typeof import('../lib/settings')]> | undefined;
const loadSync = () =>
  (syncCode ??= new Promise<void>((resolve) => afterFirstResults(resolve)).then(() => Promise.all([import('../lib/favourites-sync'), import('../lib/settings')])));

/**
 * Keeps this page's favourites in step with the browser's sync storage: adopts a newer snapshot
 * (another computer, another page) and publishes every local change.
 */
export function useFavouritesSync(): void {
  // The database only once open (a lazy provider opens it after the first results).
  const { db } = useDbAccess();
  // Published after the first results only (the sync's code loads then): Dexie's live query, the
  // database's opening with it, waits as well rather than compete with the first rows.
  const after = useAfterFirstResults();
  const local = useLiveQueryLater(after && db ? async () => JSON.stringify([await listFavourites(db), await listGroups(db)]) : undefined, [db]);

  useEffect(() => {
    if (!db) return;
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
    if (local === undefined || !db) return;
    void loadSync()
      .then(([{ publishFavourites }]) => publishFavourites(db))
      .catch((error) => console.warn('Repère: favourites sync', error));
  }, [db, local]);
}
