import type { PartnerSummary, SearchHit, SearchOptions } from './search-index';
import type { NamedNeeds } from './named-needs';
import type { EarlyFavourites } from '../db/early-favourites';

/**
 * Messages between a page (popup, side panel) and the search worker, which holds the stored
 * search index in memory (lib/search/worker-host.ts, run by the search host page). Every request
 * carries an id; the worker answers each one once, with the same id. Plain data only: they cross
 * by structured clone.
 */

/** SearchOptions as they cross: the favourites as an array instead of a Set. */
export type WireSearchOptions = Omit<SearchOptions, 'favourites'> & { favourites?: string[] };

export type SearchRequest =
  /** `favourites`: the answer carries the favourites too (read on the worker's open connection, for the popup's first search). */
  | { id: number; type: 'status'; favourites?: boolean }
  /** Read the stored index again (the background stored a new one), unless the one held was built at `builtAt`. */
  | { id: number; type: 'reload'; builtAt?: number }
  | { id: number; type: 'search'; query: string; options: WireSearchOptions }
  | { id: number; type: 'summaries'; ids: string[] }
  /** The options the page searches with: the worker works out its one-letter answers ahead, while idle. */
  | { id: number; type: 'prepare'; options: WireSearchOptions };

/** What the worker holds: the stored index it answers from, or none (never built, unreadable). */
export type SearchStatus =
  | { loaded: false }
  | {
      loaded: true;
      /** When the background built it (StoredSearchSnapshot.builtAt). */
      builtAt: number;
      /** Whether it was built from the directory and contacts as they are now. */
      current: boolean;
      count: number;
      /** Milliseconds since the epoch at which the worker had the database open, had read the index, had it ready. */
      timings: { opened: number; read: number; ready: number };
    };

export type SearchAnswer =
  | { id: number; ok: true; type: 'status'; status: SearchStatus; favourites?: EarlyFavourites | null }
  | { id: number; ok: true; type: 'search'; hits: SearchHit<PartnerSummary>[]; named?: NamedNeeds }
  | { id: number; ok: true; type: 'summaries'; partners: (PartnerSummary | null)[] }
  | { id: number; ok: true; type: 'prepared' }
  | { id: number; ok: false; error: string };

/**
 * Checks the shape of an answer the page received from the search worker (its own code, on a
 * same-origin port); the requests the worker receives are validated with zod (worker-host.ts).
 * No zod here: this runs in the page's <head>, where every kilobyte delays the first results.
 */
export function isSearchAnswer(value: unknown): value is SearchAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  if (!Number.isSafeInteger(answer.id)) return false;
  if (answer.ok === false) return typeof answer.error === 'string';
  if (answer.ok !== true) return false;
  if (answer.type === 'status') return typeof answer.status === 'object' && answer.status !== null;
  if (answer.type === 'search') return Array.isArray(answer.hits);
  if (answer.type === 'summaries') return Array.isArray(answer.partners);
  if (answer.type === 'prepared') return true;
  return false;
}
