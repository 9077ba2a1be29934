import type { LoadedSnapshot } from '../search/worker-host';
import type { StoredSearchSnapshot } from './database';
import { DATABASE_NAME, DIRECTORY_VERSION_KEY, SEARCH_INDEX_KEY, contactsStampOf, type SearchIndexInputs } from './search-inputs';

const STORES = ['searchIndex', 'meta', 'contacts'];
type Contacts = Array<{ id: string; updatedAt: number }>;

/**
 * One read-only transaction on the database with raw IndexedDB, without Dexie (a page's <head>
 * and the search worker use it before, or without, the main bundle). No database yet or an older
 * schema: undefined. It never creates or changes the database.
 */
function readRaw<T>(name: string, read: (tx: IDBTransaction) => () => T, onOpen?: () => void): Promise<T | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    // No database yet: abort rather than create an empty one; Dexie creates it properly.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      onOpen?.();
      const db = request.result;
      db.onversionchange = () => db.close();
      const done = (value: T | undefined) => {
        db.close();
        resolve(value);
      };
      if (!STORES.every((store) => db.objectStoreNames.contains(store))) return done(undefined);
      try {
        const tx = db.transaction(STORES, 'readonly');
        const result = read(tx);
        tx.oncomplete = () => done(result());
        tx.onabort = () => done(undefined);
      } catch {
        done(undefined);
      }
    };
  });
}

/** What the directory and the contacts are now: what a current index must have been built from. */
function inputsOf(tx: IDBTransaction): () => SearchIndexInputs {
  const version = tx.objectStore('meta').get(DIRECTORY_VERSION_KEY) as IDBRequest<{ value?: number } | undefined>;
  const contacts = tx.objectStore('contacts').getAll() as IDBRequest<Contacts>;
  return () => ({ directoryVersion: version.result?.value ?? 0, contactsStamp: contactsStampOf(contacts.result) });
}

/**
 * Reads the stored search index, and says whether it was built from the directory and contacts
 * as they are now. No index yet: undefined.
 */
export function readStoredSearchIndex(
  name = DATABASE_NAME,
  clock: () => number = () => performance.timeOrigin + performance.now(),
): Promise<LoadedSnapshot | undefined> {
  let opened = 0;
  return readRaw(
    name,
    (tx) => {
      const stored = tx.objectStore('searchIndex').get(SEARCH_INDEX_KEY) as IDBRequest<StoredSearchSnapshot | undefined>;
      const inputs = inputsOf(tx);
      return (): LoadedSnapshot | undefined => {
        const row = stored.result;
        if (!row?.snapshot) return undefined;
        const now = inputs();
        const built = { directoryVersion: row.directoryVersion, contactsStamp: row.contactsStamp };
        const current = built.directoryVersion === now.directoryVersion && built.contactsStamp === now.contactsStamp;
        return { snapshot: row.snapshot, builtAt: row.builtAt, built, current, timings: { opened, read: clock() } };
      };
    },
    () => (opened = clock()),
  ).then((value) => value ?? undefined);
}

/** The directory version and contacts stamp now: a few small rows (the search worker checks its index is still current). */
export function readSearchInputs(name = DATABASE_NAME): Promise<SearchIndexInputs | undefined> {
  return readRaw(name, inputsOf);
}
