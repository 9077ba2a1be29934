import type { PartnerList, PartnerSummary, SearchIndex } from './search-index';
import { restoreSnapshot, type StoredSnapshot } from './snapshot';
import { z } from 'zod';
import { sameInputs, type SearchIndexInputs } from '../db/search-inputs';
import type { SearchAnswer, SearchRequest, SearchStatus } from './worker-protocol';
import { namedNeedsOfQuery } from './need-words';
import type { EarlyFavourites } from '../db/early-favourites';
import type { SearchHit, SearchOptions } from './search-index';
import { createShortAnswers, optionsKey, type ShortAnswersOptions } from './short-answers';
import type { WireSearchOptions } from './worker-protocol';

/** The options of a request as the index takes them: the favourites as a Set. */
function searchOptions({ favourites, ...options }: WireSearchOptions): SearchOptions {
  return { ...options, favourites: favourites ? new Set(favourites) : undefined };
}

const id = z.number().int().safe();
const codes = z.array(z.string().max(200)).max(50_000);
const wireOptions = z.object({
  limit: z.number().int().positive().max(1000).optional(),
  categories: codes.optional(),
  thematiques: codes.optional(),
  territory: codes.optional(),
  favourites: codes.optional(),
});
/** What a page may ask the search worker: anything else is refused with an error, never obeyed. */
export const SearchRequestSchema = z.discriminatedUnion('type', [
  z.object({ id, type: z.literal('status'), favourites: z.boolean().optional() }),
  z.object({ id, type: z.literal('reload'), builtAt: z.number().optional() }),
  z.object({ id, type: z.literal('search'), query: z.string().max(1000), options: wireOptions }),
  z.object({ id, type: z.literal('summaries'), ids: codes }),
  z.object({ id, type: z.literal('prepare'), options: wireOptions }),
]) satisfies z.ZodType<SearchRequest>;

/** A stored index as the worker reads it, with when it had the database open and had read it. */
export interface LoadedSnapshot {
  snapshot: StoredSnapshot;
  builtAt: number;
  built: SearchIndexInputs;
  /** Built from the directory and contacts as they were when it was read. */
  current: boolean;
  timings: { opened: number; read: number };
}

export interface ServiceOptions {
  /**
   * What the directory and contacts are now (a few small rows): asked at each status, so that a
   * page never takes an index the directory has moved past (a source removed, an import) for
   * current. Without it, the currency found when the index was read stands.
   */
  currentInputs?: () => Promise<SearchIndexInputs | undefined>;
  /**
   * The counsellor's favourites and groups, for a status asked with `favourites` (the popup's
   * <head>): read on the worker's open connection, they come in the same answer as the status,
   * instead of the page opening the database and reading them while its bundle runs (issue 20).
   */
  favourites?: () => Promise<EarlyFavourites | undefined>;
  clock?: () => number;
  /** How one-letter answers are worked out ahead (tests give their own clock and idle time). */
  shortAnswers?: ShortAnswersOptions;
  /**
   * Lets the index go after this long without a question (default 30 minutes: a counsellor's
   * break), so that its memory (~15 MB at 10,000 partners, ~75 MB at 100,000) is not held all
   * day; the next question reads it again.
   */
  idleMs?: number;
}

/** The worker's side of a message port: where requests arrive and answers leave. */
export interface SearchPort {
  postMessage(answer: SearchAnswer): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

interface Held {
  index: SearchIndex<PartnerSummary>;
  summaries: PartnerList<PartnerSummary>;
  built: SearchIndexInputs;
  status: Extract<SearchStatus, { loaded: true }>;
}

/** The index in memory and what it answers; one per worker, shared by every page connected to it. */
export interface SearchService {
  answer(request: SearchRequest): Promise<SearchAnswer>;
  /** The background stored a new index: read it now, unless the index was let go (idle). */
  indexChanged(): void;
}

/**
 * Answers searches from the stored index, kept in memory in a worker: the pages that search
 * then neither read nor restore the index (megabytes at 10,000 partners) at each opening.
 * Requests that arrive while the index is read wait for it. `load` reads the stored index
 * (undefined when there is none).
 */
export function createSearchService(load: () => Promise<LoadedSnapshot | undefined>, options: ServiceOptions = {}): SearchService {
  const clock = options.clock ?? (() => performance.timeOrigin + performance.now());
  /** One-letter answers worked out ahead for the index held (short-answers.ts): let go with it. */
  const short = createShortAnswers<SearchHit<PartnerSummary>[]>(options.shortAnswers);
  // An unreadable or damaged stored index holds nothing: the pages then read or build their own.
  const read = async (): Promise<Held | undefined> => {
    short.clear();
    try {
      const loaded = await load();
      if (!loaded) return undefined;
      const { index, summaries } = restoreSnapshot(loaded.snapshot);
      // One search now builds the need lexicon's words and warms the code, so that a page's
      // first question does not pay for them.
      index.search('emploi logement');
      const { builtAt, built, current, timings } = loaded;
      return { index, summaries, built, status: { loaded: true, builtAt, current, count: summaries.length, timings: { ...timings, ready: clock() } } };
    } catch {
      return undefined;
    }
  };
  let held: Promise<Held | undefined> | undefined = read();
  const idleMs = options.idleMs ?? 30 * 60_000;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stillUsed = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      short.clear();
      held = undefined;
    }, idleMs);
  };
  stillUsed();

  return {
    indexChanged() {
      if (held) held = read();
    },
    async answer(request) {
      stillUsed();
      short.asked();
      held ??= read();
      // What the directory is now, asked while the index is read rather than after it: a page
      // that started this worker (Firefox, event page suspended) waits for both.
      const asking = request.type === 'status' || request.type === 'reload' ? options.currentInputs?.().catch(() => undefined) : undefined;
      const favourites = request.type === 'status' && request.favourites ? (options.favourites?.().catch(() => undefined) ?? Promise.resolve(undefined)) : undefined;
      if (request.type === 'reload') {
        const before = await held;
        if (request.builtAt === undefined || !before?.status.loaded || before.status.builtAt !== request.builtAt) held = read();
      }
      const current = await held;
      switch (request.type) {
        case 'status':
        case 'reload': {
          const read = favourites && { favourites: (await favourites) ?? null };
          if (!current) return { id: request.id, ok: true, type: 'status', status: { loaded: false }, ...read };
          const now = await asking;
          const stillCurrent = now ? sameInputs(current.built, now) : current.status.current;
          return { id: request.id, ok: true, type: 'status', status: { ...current.status, current: stillCurrent }, ...read };
        }
        case 'search': {
          const early = current ? short.get(request.query, optionsKey(request.options)) : undefined;
          const hits = early ?? current?.index.search(request.query, searchOptions(request.options)) ?? [];
          // Once this answer has left: what the next keystrokes of this query will reuse.
          if (!early) setTimeout(() => current?.index.warm?.());
          // What the typed words name, so the page's rows say why without the need lexicon.
          return { id: request.id, ok: true, type: 'search', hits, named: current ? namedNeedsOfQuery(request.query) : undefined };
        }
        case 'prepare': {
          const prepared = searchOptions(request.options);
          if (current) short.prepare(optionsKey(request.options), (query) => current.index.search(query, prepared));
          return { id: request.id, ok: true, type: 'prepared' };
        }
        case 'summaries':
          return {
            id: request.id,
            ok: true,
            type: 'summaries',
            partners: request.ids.map((id) => (current ? (current.summaries.at(current.summaries.indexOfId(id)) ?? null) : null)),
          };
      }
    },
  };
}

/** Answers the requests that arrive on one page's port; a malformed one gets an error, never obeyed. */
export function servePort(port: SearchPort, service: SearchService): void {
  port.addEventListener('message', (event) => {
    const parsed = SearchRequestSchema.safeParse(event.data);
    if (!parsed.success) {
      const asked = (event.data as { id?: unknown } | null)?.id;
      port.postMessage({ id: Number.isSafeInteger(asked) ? (asked as number) : -1, ok: false, error: 'invalid search request' });
      return;
    }
    const request = parsed.data;
    service.answer(request).then(
      (reply) => port.postMessage(reply),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, error: String(error) }),
    );
  });
}
