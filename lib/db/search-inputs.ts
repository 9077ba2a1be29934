import type { RestoredIndex } from '../search/early-restore';
import type { SearchWorkerClient } from '../search/worker-client';
import type { LoadedSnapshot } from '../search/worker-host';
import type { SearchStatus } from '../search/worker-protocol';

/**
 * What a stored search index depends on, computed from raw rows: the directory version and a
 * fingerprint of the counsellor's own contacts (their names are indexed). No code imports, so the
 * search worker (entrypoints/search-worker.ts, lib/db/early-read.ts) can check a stored index
 * without Dexie.
 */
/**
 * Bumped when the stored index gains or changes a column (SearchSnapshot.format): it is part of
 * the stamp, so an index stored by an older version of the extension is rebuilt, not misread.
 */
const SNAPSHOT_FORMAT = 5;

export function contactsStampOf(contacts: ReadonlyArray<{ id: string; updatedAt: number }>): string {
  let hash = 0x811c9dc5;
  for (const line of contacts.map((c) => `${c.id}@${c.updatedAt}`).sort()) {
    for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
  }
  return `f${SNAPSHOT_FORMAT}:${contacts.length}:${(hash >>> 0).toString(16)}`;
}

export interface SearchIndexInputs {
  directoryVersion: number;
  contactsStamp: string;
}

/** Whether an index built from `built` is current for the directory and contacts `now`. */
export function sameInputs(built: SearchIndexInputs, now: SearchIndexInputs): boolean {
  return built.directoryVersion === now.directoryVersion && built.contactsStamp === now.contactsStamp;
}

/** A stored index answers only if it was built from the directory and contacts as they are now. */
export function isBuiltFrom<T extends SearchIndexInputs>(stored: T | undefined, inputs: SearchIndexInputs): T | undefined {
  return stored && sameInputs(stored, inputs) ? stored : undefined;
}

/** The extension's one database (shared by Dexie code and the raw early reader). */
export const DATABASE_NAME = 'repere';

/** Where the index and its inputs are stored (shared by Dexie code and the raw early reader). */
export const SEARCH_INDEX_KEY = 'directory';
export const DIRECTORY_VERSION_KEY = 'directoryVersion';

/** Where entrypoints/search-restore.ts leaves restoreEarly for the page's <head> (Firefox). */
export const EARLY_RESTORE_GLOBAL = '__repereRestoreEarly';
export const EARLY_RESTORE_URL = '/search-restore.js';

/** Where the page's <head> (entrypoints/search-preload.ts) leaves what it found for the page's bundle. */
export const EARLY_SEARCH_GLOBAL = '__repereEarlySearch';

/**
 * The search worker holds the index in memory (a client connected to it, and its first answer
 * on what it holds), or else the stored index as read in the page's <head>, and in Firefox
 * already restored there when current (lib/search/early-restore.ts).
 */
export type EarlySearch = { host: true; client: SearchWorkerClient; status: Promise<SearchStatus> } | { host: false; stored?: LoadedSnapshot; restored?: RestoredIndex };
