import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { readSearchSnapshot, searchIndexState } from '../../lib/db/search-index-state';
import { EARLY_SEARCH_GLOBAL, type EarlySearch } from '../../lib/db/search-inputs';
import { sendMessage } from '../../lib/messages/client';
import type { PartnerList, PartnerSummary, SearchHit, SearchIndex, SearchOptions, StoredSnapshot } from '../../lib/search';
import { SearchWorkerClient } from '../../lib/search/worker-client';
import { stableSummaries } from '../../lib/search/stable-summaries';
import type { SearchStatus } from '../../lib/search/worker-protocol';
import { useDbAccess } from '../db-context';
import { useAfterFirstResults } from '../first-results';
import { useLiveQueryLater } from '../use-live-query-later';

export interface Directory {
  /** Hits carry summaries (what a result line shows); `load` gives the full partner for its card. */
  search(query: string, options: SearchOptions): Promise<SearchHit<PartnerSummary>[]>;
  /** Summaries of these partners (the favourites), in order; undefined for one that left the directory. */
  summaries(ids: readonly string[]): Promise<(PartnerSummary | undefined)[]>;
  load(id: string): Promise<StoredPartner | undefined>;
  /** The options this page searches with: the search worker works out its one-letter answers ahead (none for a page's own index). */
  prepare?(options: SearchOptions): void;
}

type Loaded = Extract<SearchStatus, { loaded: true }>;
/** Who answers the page's searches: the search host, or an index of the page's own. */
type Source =
  | { kind: 'host'; client: SearchWorkerClient; status: Loaded }
  | { kind: 'local'; index: SearchIndex<PartnerSummary>; list: PartnerList<PartnerSummary>; builtAt?: number };

/** What the page's <head> found (entrypoints/search-preload.ts); pages without it read nothing early. */
function earlySearch(): Promise<EarlySearch> {
  const globals = globalThis as Record<string, unknown>;
  const early = globals[EARLY_SEARCH_GLOBAL] as Promise<EarlySearch> | undefined;
  delete globals[EARLY_SEARCH_GLOBAL];
  return early?.catch(() => ({ host: false }) as const) ?? Promise.resolve({ host: false });
}

/**
 * The first source of a page's searches, or undefined: the host, or the stored index read in its
 * <head>; only an index built from the directory as it is now. `host` is the search worker,
 * also when what it holds is not current yet (the page has it read the new index when built).
 */
type Start = { source?: Source; host?: SearchWorkerClient; hostMissing: boolean };
let started: Promise<Start> | undefined;

/**
 * Finds the page's first source of searches as soon as this module loads, not in an effect
 * after the first paint: the host's answer, or the <head>'s read, then arrives with the first
 * render instead of a frame or two after it.
 */
function startSearch(): Promise<Start> {
  started ??= earlySearch().then(async (early): Promise<Start> => {
    if (early.host) {
      const { client } = early;
      const status = await early.status.catch(() => undefined);
      if (status?.loaded && status.current) {
        markReady('host');
        return { source: { kind: 'host', client, status }, host: client, hostMissing: false };
      }
      return { host: status ? client : undefined, hostMissing: !status };
    }
    if (early.stored?.current) {
      const source: Source = early.restored
        ? { kind: 'local', index: early.restored.index, list: early.restored.summaries, builtAt: early.stored.builtAt }
        : await localSource(early.stored.snapshot, early.stored.builtAt);
      markReady('page', early.stored.timings);
      return { source, hostMissing: true };
    }
    return { hostMissing: true };
  });
  return started;
}
void startSearch();

/**
 * Marks when the page could search, and who answers (read by tests/e2e/search-scale.spec.ts,
 * which prints where the time to the first results went).
 */
function markReady(answeredBy: 'host' | 'page', timings?: { opened: number; read: number }) {
  try {
    if (timings) {
      const at = (epoch: number) => ({ startTime: Math.max(0, epoch - performance.timeOrigin) });
      performance.mark('repere:index-open', at(timings.opened));
      performance.mark('repere:index-read', at(timings.read));
    }
    performance.mark('repere:search-index-ready', { detail: answeredBy });
  } catch {
    // Marks are a measurement aid only.
  }
}

/**
 * The page's own index from a stored snapshot. The ranker's code loads only here: when the search
 * worker answers (Chrome's usual case) the page never needs it, and it stays off the first load.
 */
async function localSource(snapshot: StoredSnapshot, builtAt: number): Promise<Source> {
  const { restoreSnapshot } = await import('../../lib/search/snapshot');
  const { index, summaries } = restoreSnapshot(snapshot);
  return { kind: 'local', index, list: summaries, builtAt };
}

/**
 * The directory's search, answered from the index the background built for the current
 * directory version and the counsellor's own contacts (their names find their partner).
 * The search worker, kept alive by the search host (Chrome's offscreen document, Firefox's event
 * page while it is not suspended), holds that index in memory and answers on the page's own
 * port: the page reads nothing at opening. Without it (a suspended event page, or before the
 * host has read the index) the page reads the stored index itself, starting in its <head>.
 * The page watches only the index's small state row: when the background stored a new index
 * the host (or the page) reads it again, and when it is stale the page asks the background to
 * rebuild it, the previous one answering meanwhile. Pages never read every partner at opening (over a second at 10,000
 * partners); only if the background cannot be reached does the page build the index itself.
 */
export function useDirectory(): Directory | undefined {
  const { db, open } = useDbAccess();
  const [source, setSource] = useState<Source>();
  const [host, setHost] = useState<SearchWorkerClient>();
  const [ready, setReady] = useState(false);
  // With a source from the start, the index's state row (and Dexie's opening) waits for the first results.
  const watch = useAfterFirstResults() || (ready && !source);
  useEffect(() => {
    if (watch && !db) void open();
  }, [watch, db]);
  const state = useLiveQueryLater(watch && db ? () => searchIndexState(db) : undefined, [db]);
  const [hostFailed, setHostFailed] = useState(false);

  useLayoutEffect(() => {
    let live = true;
    void startSearch().then((start) => {
      if (!live) return;
      if (start.source) setSource((current) => current ?? start.source);
      setHost(start.host);
      setReady(true);
      // No search host (closed, or not open yet): the background opens it for the next opening.
      // Firefox: always, so that its event page (suspended after a while without events, and the
      // worker with it) starts or keeps the worker, and the counsellor's next openings find it.
      if (start.hostMissing || import.meta.env.FIREFOX) sendMessage({ type: 'search:refresh-index' }).catch(() => undefined);
    });
    return () => {
      live = false;
    };
  }, []);

  // A stale index: the background rebuilds it, and the page builds its own only if the
  // background cannot be reached. Once per state: the page's own build changes `source` and must
  // not ask again.
  useEffect(() => {
    if (!ready || !state || state.current) return;
    let live = true;
    sendMessage({ type: 'search:refresh-index' }).catch(async () => {
      // Rare (no background): the code that builds an index from the partners loads only then.
      const [{ loadPartners }, { contactNamesByPartner }, { createSearchIndex, partnerList }] = await Promise.all([
        import('../../lib/db/directory-store'),
        import('../../lib/db/contacts'),
        import('../../lib/search/search-index'),
      ]);
      const opened = await open();
      const [partners, contacts] = await Promise.all([loadPartners(opened), contactNamesByPartner(opened)]);
      if (live) setSource({ kind: 'local', index: createSearchIndex(partners, { contacts }), list: partnerList(partners) });
    });
    return () => {
      live = false;
    };
  }, [open, ready, state]);

  // A current index the page does not answer from yet: the worker reads it (or already holds it,
  // then reads nothing); without the worker, the page reads it itself.
  useEffect(() => {
    if (!ready || !state?.current) return;
    let live = true;
    const readOwn = () =>
      void open().then(readSearchSnapshot).then(async (stored) => {
        if (!live || !stored) return;
        const own = await localSource(stored.snapshot, stored.builtAt);
        if (live) {
          setSource(own);
          markReady('page');
        }
      });
    if (host && !hostFailed) {
      if (source?.kind !== 'host' || source.status.builtAt !== state.builtAt) {
        host.reload(state.builtAt).then(
          (status) => {
            if (!live) return;
            if (status.loaded && status.builtAt === state.builtAt) {
              if (!source) markReady('host');
              setSource({ kind: 'host', client: host, status });
            } else readOwn();
          },
          () => live && setHostFailed(true),
        );
      }
    } else if (source?.kind !== 'local' || source.builtAt !== state.builtAt) {
      readOwn();
    }
    return () => {
      live = false;
    };
  }, [open, ready, state, source, host, hostFailed]);

  return useMemo(() => {
    // A card's record (merged from its sources): the grouping code loads with the first card.
    const load = (id: string) => Promise.all([open(), import('../../lib/db/partner-groups')]).then(([opened, { getGroupedPartner }]) => getGroupedPartner(opened, id));
    if (!source) return undefined;
    if (source.kind === 'local') {
      const { index, list } = source;
      return {
        search: async (query, options) => index.search(query, options),
        summaries: async (ids) => ids.map((id) => list.at(list.indexOfId(id))),
        load,
      } satisfies Directory;
    }
    // The host stopped answering (closed, crashed): the page reads the stored index itself.
    const failed = (error: unknown): never => {
      setHostFailed(true);
      throw error;
    };
    const stable = stableSummaries<PartnerSummary>();
    return {
      search: (query, options) =>
        source.client.search(query, options).then((hits) => {
          const partners = stable(hits.map((hit) => hit.partner));
          return hits.map((hit, i) => ({ partner: partners[i], score: hit.score }));
        }, failed),
      summaries: (ids) => source.client.summaries(ids).catch(failed),
      load,
      // A worker that does not know the request (an older one still running) refuses it: nothing is lost.
      prepare: (options) => void source.client.prepare(options).catch(() => undefined),
    } satisfies Directory;
  }, [open, source]);
}
