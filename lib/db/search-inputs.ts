/**
 * What a stored search index depends on, computed from raw rows: the directory version and a
 * fingerprint of the counsellor's own contacts (their names are indexed). No imports, so the
 * popup's early reader (entrypoints/search-preload.ts) can check a stored index before the
 * main bundle has even loaded.
 */
export function contactsStampOf(contacts: ReadonlyArray<{ id: string; updatedAt: number }>): string {
  let hash = 0x811c9dc5;
  for (const line of contacts.map((c) => `${c.id}@${c.updatedAt}`).sort()) {
    for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
  }
  return `${contacts.length}:${(hash >>> 0).toString(16)}`;
}

export interface SearchIndexInputs {
  directoryVersion: number;
  contactsStamp: string;
}

/** A stored index answers only if it was built from the directory and contacts as they are now. */
export function isBuiltFrom<T extends SearchIndexInputs>(stored: T | undefined, inputs: SearchIndexInputs): T | undefined {
  return stored && stored.directoryVersion === inputs.directoryVersion && stored.contactsStamp === inputs.contactsStamp ? stored : undefined;
}

/** Where the index and its inputs are stored (shared by Dexie code and the raw early reader). */
export const SEARCH_INDEX_KEY = 'directory';
export const DIRECTORY_VERSION_KEY = 'directoryVersion';

/** Where the early reader leaves its promise of the stored index for the page's bundle. */
export const EARLY_SNAPSHOT_GLOBAL = '__repereEarlySearchIndex';
