import type { RepereDB, StoredSearchSnapshot } from './database';
import { DIRECTORY_VERSION_KEY, SEARCH_INDEX_KEY as KEY, contactsStampOf, isBuiltFrom, sameInputs } from './search-inputs';

/** Bumped by every change to the directory: a cache key for the search index. */
export async function directoryVersion(db: RepereDB): Promise<number> {
  return ((await db.meta.get(DIRECTORY_VERSION_KEY))?.value as number | undefined) ?? 0;
}

/** In `meta`: what the stored index was built from, read without reading the index itself. */
export const INFO_KEY = 'searchIndexInfo';

export interface SearchIndexInfo {
  directoryVersion: number;
  contactsStamp: string;
  builtAt: number;
}

/**
 * What the stored index depends on: the directory version and a fingerprint of the counsellor's
 * own contacts (their names are indexed: "Benali" finds the partner). A few rows: cheap to read.
 */
export async function searchIndexInputs(db: RepereDB): Promise<{ directoryVersion: number; contactsStamp: string }> {
  return db.transaction('r', db.meta, db.contacts, async () => {
    const [version, contacts] = await Promise.all([directoryVersion(db), db.contacts.toArray()]);
    return { directoryVersion: version, contactsStamp: contactsStampOf(contacts) };
  });
}

/** The stored search index if it was built from the directory and contacts as they are now, else undefined. */
export async function readSearchSnapshot(db: RepereDB): Promise<StoredSearchSnapshot | undefined> {
  return db.transaction('r', db.meta, db.contacts, db.searchIndex, async () => {
    const [inputs, stored] = await Promise.all([searchIndexInputs(db), db.searchIndex.get(KEY)]);
    return isBuiltFrom(stored, inputs);
  });
}

/**
 * Whether the stored index matches the directory and contacts as they are now, and when it was
 * built: a few small rows, so a page can watch it live and read the index itself only when new.
 */
export async function searchIndexState(db: RepereDB): Promise<{ current: boolean; builtAt?: number }> {
  return db.transaction('r', db.meta, db.contacts, async () => {
    const [inputs, info] = await Promise.all([searchIndexInputs(db), db.meta.get(INFO_KEY)]);
    const built = info?.value as SearchIndexInfo | undefined;
    const current = Boolean(built && sameInputs(built, inputs));
    return { current, builtAt: built?.builtAt };
  });
}
