import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { contactNamesByPartner, getPartner, loadPartners, readSearchSnapshot, type StoredPartner } from '../lib/db';
import { sendMessage } from '../lib/messages';
import { createSearchIndex, restoreSnapshot, type PartnerSummary, type SearchIndex } from '../lib/search';
import { useDb } from './db-context';

export interface Directory {
  /** Hits carry summaries (what a result line shows); `load` gives the full partner for its card. */
  index: SearchIndex<PartnerSummary>;
  byId: Map<string, PartnerSummary>;
  load(id: string): Promise<StoredPartner | undefined>;
}

/**
 * The directory's search index, as the background stored it for the current directory version
 * and the counsellor's own contacts (their names find their partner).
 * Pages never read every partner nor build the index on opening: at 10,000 partners that takes
 * over a second, where reading the stored index takes tens of milliseconds (measured in
 * tests/e2e/search-scale.spec.ts). When the stored index is stale, the background is asked to
 * rebuild it and the page follows the live query; only if the background cannot be reached is
 * the index built here.
 */
export function useDirectory(): Directory | undefined {
  const db = useDb();
  const stored = useLiveQuery(async () => (await readSearchSnapshot(db)) ?? null, [db]);
  const [fallback, setFallback] = useState<{ partners: StoredPartner[]; contacts: Map<string, string[]> }>();

  useEffect(() => {
    if (stored !== null) return;
    let cancelled = false;
    sendMessage({ type: 'search:refresh-index' }).catch(async () => {
      const [partners, contacts] = await Promise.all([loadPartners(db), contactNamesByPartner(db)]);
      if (!cancelled) setFallback({ partners, contacts });
    });
    return () => {
      cancelled = true;
    };
  }, [db, stored]);

  return useMemo(() => {
    const load = (id: string) => getPartner(db, id);
    if (stored) {
      const { index, summaries } = restoreSnapshot(stored.snapshot);
      // Read by the end-to-end test that reports where the popup's opening time goes.
      performance.mark('repere:search-index-ready');
      return { index, byId: new Map(summaries.map((s) => [s.id, s])), load };
    }
    if (stored === null && fallback) {
      const { partners, contacts } = fallback;
      return { index: createSearchIndex(partners, { contacts }), byId: new Map(partners.map((p) => [p.id, p])), load };
    }
    return undefined;
  }, [db, stored, fallback]);
}
