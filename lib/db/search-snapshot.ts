import { buildSearchSnapshot, type SearchExtras } from '../search';
import { contactNamesByPartner } from './contacts';
import type { RepereDB } from './database';
import { aliasesOf, extrasByGroup, loadGroupedDirectory } from './partner-groups';
import { SEARCH_INDEX_KEY as KEY } from './search-inputs';
import { INFO_KEY, searchIndexInputs, searchIndexState, type SearchIndexInfo } from './search-index-state';

// The readers (a few small rows, or the stored index) live apart from the builder: a page reads
// them on its first render without loading the directory, grouping and schema code the build needs.
export { readSearchSnapshot, searchIndexInputs, searchIndexState } from './search-index-state';

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
