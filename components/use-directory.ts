import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  contactNamesByPartner,
  getPartner,
  loadPartners,
  readSearchSnapshot,
  searchIndexState,
  type RepereDB,
  type StoredPartner,
  type StoredSearchSnapshot,
} from '../lib/db';
import { EARLY_SNAPSHOT_GLOBAL } from '../lib/db/search-inputs';
import { sendMessage } from '../lib/messages';
import { createSearchIndex, partnerList, restoreSnapshot, type PartnerSummary, type SearchIndex } from '../lib/search';
import { useDb } from './db-context';

export interface Directory {
  /** Hits carry summaries (what a result line shows); `load` gives the full partner for its card. */
  index: SearchIndex<PartnerSummary>;
  /** The summary of a partner of the directory (a favourite), or undefined when it left it. */
  summaryOf(id: string): PartnerSummary | undefined;
  load(id: string): Promise<StoredPartner | undefined>;
}

const preloads = new WeakMap<RepereDB, Promise<StoredSearchSnapshot | undefined>>();

/**
 * Starts reading the stored search index before the first render: the page's entrypoint calls
 * it as soon as it has a database, so the read overlaps the rendering instead of waiting for
 * the first effect (one frame later, or more on a busy machine).
 */
export function preloadDirectory(db: RepereDB): void {
  if (preloads.has(db)) return;
  // The page's <head> may already have started the read (entrypoints/search-preload.ts).
  const early = (globalThis as Record<string, unknown>)[EARLY_SNAPSHOT_GLOBAL] as Promise<StoredSearchSnapshot | undefined> | undefined;
  const read = early ? early.then((snapshot) => snapshot ?? readSearchSnapshot(db)) : readSearchSnapshot(db);
  preloads.set(db, read.catch(() => undefined));
}

/**
 * The directory's search index, as the background stored it for the current directory version
 * and the counsellor's own contacts (their names find their partner).
 * Pages never read every partner nor build the index on opening: at 10,000 partners that takes
 * over a second, where reading the stored index takes tens of milliseconds (measured in
 * tests/e2e/search-scale.spec.ts). The page watches only the index's small state row, reads the
 * index again only when the background stored a new one, and asks the background to rebuild it
 * when stale; only if the background cannot be reached is the index built here.
 */
export function useDirectory(): Directory | undefined {
  const db = useDb();
  const state = useLiveQuery(() => searchIndexState(db), [db]);
  const [stored, setStored] = useState<StoredSearchSnapshot>();
  const [fallback, setFallback] = useState<{ partners: StoredPartner[]; contacts: Map<string, string[]> }>();

  useLayoutEffect(() => {
    preloadDirectory(db);
    let cancelled = false;
    void preloads.get(db)!.then((snapshot) => !cancelled && snapshot && setStored((current) => current ?? snapshot));
    return () => {
      cancelled = true;
    };
  }, [db]);

  useEffect(() => {
    if (!state) return;
    let cancelled = false;
    if (state.current) {
      if (stored?.builtAt !== state.builtAt) void readSearchSnapshot(db).then((snapshot) => !cancelled && snapshot && setStored(snapshot));
    } else {
      sendMessage({ type: 'search:refresh-index' }).catch(async () => {
        const [partners, contacts] = await Promise.all([loadPartners(db), contactNamesByPartner(db)]);
        if (!cancelled) setFallback({ partners, contacts });
      });
    }
    return () => {
      cancelled = true;
    };
  }, [db, state, stored?.builtAt]);

  return useMemo(() => {
    const load = (id: string) => getPartner(db, id);
    if (fallback) {
      const { partners, contacts } = fallback;
      const list = partnerList(partners);
      return { index: createSearchIndex(partners, { contacts }), summaryOf: (id: string) => list.at(list.indexOfId(id)), load };
    }
    if (!stored) return undefined;
    // While the background rebuilds a stale index, the previous one keeps answering.
    const { index, summaries } = restoreSnapshot(stored.snapshot);
    // Read by the end-to-end test that reports where the popup's opening time goes.
    performance.mark('repere:search-index-ready');
    return { index, summaryOf: (id: string) => summaries.at(summaries.indexOfId(id)), load };
  }, [db, stored, fallback]);
}
