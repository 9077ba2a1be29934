import type { PartnerSummary, SearchHit, SearchOptions } from './search-index';
import { isSearchAnswer, type SearchAnswer, type SearchRequest, type SearchStatus, type WireSearchOptions } from './worker-protocol';
import { rememberNamedNeeds } from './named-needs';
import type { EarlyFavourites } from '../db/early-favourites';
import type { WithoutId } from '../worker-requests';

/** The page's side of the search worker: the port of its SharedWorker (a MessageChannel's in tests). */
export interface WorkerLike {
  postMessage(request: SearchRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start?(): void;
}

type Answered<T> = Extract<SearchAnswer, { ok: true; type: T }>;
type Pending = { resolve: (answer: Answered<string>) => void; reject: (error: Error) => void };

/** SearchOptions as they cross: the favourites as an array. */
function wireOptions({ favourites, ...rest }: SearchOptions): WireSearchOptions {
  return { ...rest, favourites: favourites ? [...favourites] : undefined };
}

/** Asks the search worker (lib/search/worker-host.ts) and gives its answers as promises; an answer not received in `timeoutMs` fails. */
export class SearchWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly worker: WorkerLike,
    private readonly timeoutMs = 5000,
  ) {
    worker.addEventListener('message', ({ data }) => {
      if (!isSearchAnswer(data)) return;
      const waiting = this.pending.get(data.id);
      if (!waiting) return;
      this.pending.delete(data.id);
      if (data.ok) waiting.resolve(data);
      else waiting.reject(new Error(data.error));
    });
    worker.start?.();
  }

  private ask<T extends 'status' | 'search' | 'summaries' | 'prepared'>(request: WithoutId<SearchRequest>): Promise<Answered<T>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('the search worker did not answer'));
      }, this.timeoutMs);
      const settle = <A extends unknown[]>(then: (...args: A) => void) => (...args: A) => {
        clearTimeout(timer);
        then(...args);
      };
      this.pending.set(id, { resolve: settle(resolve as Pending['resolve']), reject: settle(reject) });
      this.worker.postMessage({ ...request, id } as SearchRequest);
    });
  }

  async status(): Promise<SearchStatus> {
    return (await this.ask<'status'>({ type: 'status' })).status;
  }

  /** The status, and the favourites read by the worker (undefined if it could not read them). */
  async statusWithFavourites(): Promise<{ status: SearchStatus; favourites?: EarlyFavourites }> {
    const { status, favourites } = await this.ask<'status'>({ type: 'status', favourites: true });
    return { status, favourites: favourites ?? undefined };
  }

  /** Has the worker read the stored index again, unless it holds the one built at `builtAt`; answers what it holds then. */
  async reload(builtAt?: number): Promise<SearchStatus> {
    return (await this.ask<'status'>({ type: 'reload', builtAt })).status;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit<PartnerSummary>[]> {
    const { hits, named } = await this.ask<'search'>({ type: 'search', query, options: wireOptions(options) });
    rememberNamedNeeds(named);
    return hits;
  }

  /** Tells the worker the options this page searches with: it works out its one-letter answers ahead, while idle. */
  async prepare(options: SearchOptions): Promise<void> {
    await this.ask<'prepared'>({ type: 'prepare', options: wireOptions(options) });
  }

  /** The summaries of these partners, in the same order; undefined for one the index does not hold. */
  async summaries(ids: readonly string[]): Promise<(PartnerSummary | undefined)[]> {
    const { partners } = await this.ask<'summaries'>({ type: 'summaries', ids: [...ids] });
    return partners.map((partner) => partner ?? undefined);
  }
}
