import {
  DIRECTORY_VERSION_KEY,
  EARLY_SNAPSHOT_GLOBAL,
  SEARCH_INDEX_KEY,
  contactsStampOf,
  isBuiltFrom,
} from '../lib/db/search-inputs';

const STORES = ['searchIndex', 'meta', 'contacts'];

/**
 * Reads the stored search index with raw IndexedDB while the page's main bundle (Preact, Dexie,
 * zod…) is still loading: a classic script in the popup's and side panel's <head>, a few hundred
 * bytes. The read overlaps the bundle's download and parse instead of following them (about
 * 40 ms of the popup's first result with 10,000 partners, tests/e2e/search-scale.spec.ts).
 * Any doubt (no database yet, an older schema, a stale index) answers undefined and the page
 * reads through Dexie as before. It never creates or changes the database.
 */
function readStoredIndex(): Promise<unknown> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open('repere');
    } catch {
      return resolve(undefined);
    }
    // No database yet: abort rather than create an empty one; Dexie creates it properly.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onsuccess = () => {
      performance.mark('repere:early-index-open');
      const db = request.result;
      db.onversionchange = () => db.close();
      const done = (value: unknown) => {
        performance.mark('repere:early-index-read');
        db.close();
        resolve(value);
      };
      if (!STORES.every((name) => db.objectStoreNames.contains(name))) return done(undefined);
      try {
        const tx = db.transaction(STORES, 'readonly');
        const stored = tx.objectStore('searchIndex').get(SEARCH_INDEX_KEY);
        const version = tx.objectStore('meta').get(DIRECTORY_VERSION_KEY);
        const contacts = tx.objectStore('contacts').getAll();
        tx.oncomplete = () =>
          done(isBuiltFrom(stored.result, { directoryVersion: version.result?.value ?? 0, contactsStamp: contactsStampOf(contacts.result) }));
        tx.onabort = () => done(undefined);
      } catch {
        done(undefined);
      }
    };
  });
}

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EARLY_SNAPSHOT_GLOBAL] = readStoredIndex();
});
