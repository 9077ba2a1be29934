import type { LoadedSnapshot } from '../search/worker-host';
import type { StoredSearchSnapshot } from './database';
import { DATABASE_NAME, DIRECTORY_VERSION_KEY, SEARCH_INDEX_KEY, contactsStampOf, sameInputs, type SearchIndexInputs } from './search-inputs';

const STORES = ['searchIndex', 'meta', 'contacts'];
type Contacts = Array<{ id: string; updatedAt: number }>;

/** Runs `read` in one read-only transaction on `stores` (by default the search index's). */
export type Reader = <T>(read: (tx: IDBTransaction) => () => T, onOpen?: () => void, stores?: string[]) => Promise<T | undefined>;

/**
 * Read-only transactions on the database with raw IndexedDB, without Dexie (a page's <head> and
 * the search worker use them before, or without, the main bundle). With `keepOpen` the
 * connection stays open between reads (the search worker asks at each page's first question
 * whether its index is still current: a few small rows, without paying for an open each time);
 * it is closed whenever another context upgrades the database. No database yet or an older
 * schema: undefined. It never creates or changes the database.
 */
export function rawReader(name = DATABASE_NAME, options: { keepOpen?: boolean } = {}): Reader {
  let kept: Promise<IDBDatabase | undefined> | undefined;
  const open = () =>
    new Promise<IDBDatabase | undefined>((resolve) => {
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
        const db = request.result;
        const forget = () => {
          db.close();
          kept = undefined;
        };
        db.onversionchange = forget;
        db.onclose = () => (kept = undefined);
        resolve(db);
      };
    });
  return async (read, onOpen, stores = STORES) => {
    const connection = options.keepOpen ? (kept ??= open()) : open();
    const db = await connection;
    if (!options.keepOpen || !db) kept = undefined;
    const done = <T,>(value: T | undefined) => {
      if (!options.keepOpen) db?.close();
      return value;
    };
    if (!db) return undefined;
    onOpen?.();
    if (!stores.every((store) => db.objectStoreNames.contains(store))) return done(undefined);
    return new Promise((resolve) => {
      try {
        const tx = db.transaction(stores, 'readonly');
        const result = read(tx);
        tx.oncomplete = () => resolve(done(result()));
        tx.onabort = () => resolve(done(undefined));
      } catch {
        // A connection closed under us: the next read opens a new one.
        kept = undefined;
        resolve(done(undefined));
      }
    });
  };
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
  reader: Reader = rawReader(),
  clock: () => number = () => performance.timeOrigin + performance.now(),
): Promise<LoadedSnapshot | undefined> {
  let opened = 0;
  return reader(
    (tx) => {
      const stored = tx.objectStore('searchIndex').get(SEARCH_INDEX_KEY) as IDBRequest<StoredSearchSnapshot | undefined>;
      const inputs = inputsOf(tx);
      return (): LoadedSnapshot | undefined => {
        const row = stored.result;
        if (!row?.snapshot) return undefined;
        const built = { directoryVersion: row.directoryVersion, contactsStamp: row.contactsStamp };
        return { snapshot: row.snapshot, builtAt: row.builtAt, built, current: sameInputs(built, inputs()), timings: { opened, read: clock() } };
      };
    },
    () => (opened = clock()),
  );
}

/** The directory version and contacts stamp now: a few small rows (the search worker checks its index is still current). */
export function readSearchInputs(reader: Reader = rawReader()): Promise<SearchIndexInputs | undefined> {
  return reader(inputsOf);
}
