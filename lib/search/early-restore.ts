import type { LoadedSnapshot } from './worker-host';
import { restoreSnapshot } from './snapshot';
import type { PartnerList, PartnerSummary, SearchIndex } from './search-index';

export interface RestoredIndex {
  index: SearchIndex<PartnerSummary>;
  summaries: PartnerList<PartnerSummary>;
}

/**
 * The stored index as a page's <head> read it (entrypoints/search-preload.ts), restored there as
 * soon as it arrives when it is current. Firefox's popup, its event page suspended, answers from
 * it: restored in the <head>, the index is ready when the main bundle has run, instead of after
 * the bundle, its first render and a dynamic import of the ranker (issue 20,
 * scripts/bench/firefox-cold-profile.ts). A stale index is not restored (the page waits for the
 * new one), and a damaged one is left for the page, which reports it its own way.
 */
export function restoreEarly(stored: LoadedSnapshot | undefined): { stored?: LoadedSnapshot; restored?: RestoredIndex } {
  if (!stored?.current) return { stored };
  try {
    return { stored, restored: restoreSnapshot(stored.snapshot) };
  } catch {
    return { stored };
  }
}
