import { buildSearchSnapshot, type SearchExtras } from '../search';
import { contactNamesByPartner } from './contacts';
import type { RepereDB, StoredSearchSnapshot } from './database';
import { directoryVersion } from './directory-store';
import { aliasesOf, extrasByGroup, loadGroupedDirectory } from './partner-groups';
import { SEARCH_INDEX_KEY as KEY, contactsStampOf, isBuiltFrom, sameInputs } from './search-inputs';

/** In `meta`: what the stored index was built from, read without reading the index itself. */
const INFO_KEY = 'searchIndexInfo';

interface SearchIndexInfo {
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

export interface RefreshOptions {
  /** What the counsellor added, indexed with the partners; by default their own contacts' names. */
  loadExtras?: (db: RepereDB) => Promise<SearchExtras>;
  now?: () => number;
}

async function ownContacts(db: RepereDB): Promise<SearchExtras> {
  return { contacts: await contactNamesByPartner(db) };
}

const running = new WeakMap<RepereDB, Promise<boolean>>();

/**
 * Rebuilds and stores the search index when the directory or the contacts changed since it was
 * built; returns whether it did. Runs in the background (no page waits for it); concurrent calls
 * share one build, and a directory that changes during the build is indexed again.
 */
export function refreshSearchSnapshot(db: RepereDB, options: RefreshOptions = {}): Promise<boolean> {
  const pending = running.get(db);
  if (pending) return pending;
  const work = (async () => {
    let rebuilt = false;
    for (let attempt = 0; attempt < 3; attempt++) {
      if ((await searchIndexState(db)).current) return rebuilt;
      const inputs = await searchIndexInputs(db);
      // One document per real structure: records of one structure from several sources are merged.
      const { partners, rows } = await loadGroupedDirectory(db);
      const extras = extrasByGroup(await (options.loadExtras ?? ownContacts)(db), rows);
      const snapshot = buildSearchSnapshot(partners, extras, aliasesOf(rows));
      const stored = await db.transaction('rw', [db.meta, db.contacts, db.searchIndex, db.partnerGroups], async () => {
        const now = await searchIndexInputs(db);
        if (now.directoryVersion !== inputs.directoryVersion || now.contactsStamp !== inputs.contactsStamp) return false;
        const info: SearchIndexInfo = { ...inputs, builtAt: (options.now ?? Date.now)() };
        await db.searchIndex.put({ key: KEY, ...info, snapshot });
        await db.meta.put({ key: INFO_KEY, value: info });
        await db.partnerGroups.clear();
        await db.partnerGroups.bulkPut(rows);
        return true;
      });
      rebuilt ||= stored;
      if (stored) return true;
    }
    return rebuilt;
  })().finally(() => running.delete(db));
  running.set(db, work);
  return work;
}

/** Forgets the stored index: the next refresh rebuilds it. */
export async function dropSearchSnapshot(db: RepereDB): Promise<void> {
  await db.transaction('rw', db.meta, db.searchIndex, async () => {
    await db.searchIndex.delete(KEY);
    await db.meta.delete(INFO_KEY);
  });
}
