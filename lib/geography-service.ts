import type { GeographyIndex, PlaceOption } from './geography';
import type { TerritoryPlace } from './schema';
import type { WithoutId } from './worker-requests';

/**
 * The territory picker's geography, held by a worker of the options page: reading, checking and
 * indexing its ~36,000 communes took the page's main thread ~200 ms as it opened (issue 20, the
 * options-import bench's « page load's longest task »), and each search scans them all.
 * Messages between the page and that worker (same extension, typed, not validated).
 */
export type GeographyRequest =
  | { id: number; type: 'ready' }
  | { id: number; type: 'search'; query: string; limit: number }
  | { id: number; type: 'place'; option: PlaceOption };

export type GeographyAnswer =
  | { id: number; type: 'ready' }
  | { id: number; type: 'search'; options: PlaceOption[] }
  | { id: number; type: 'place'; place: TerritoryPlace }
  /** The geography could not be read (it ships with the extension: a damaged install). */
  | { id: number; type: 'failed' };

/** A worker's global scope, a worker seen from its page, or one end of a MessageChannel (tests). */
export interface GeographyPort {
  postMessage(message: GeographyRequest | GeographyAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** A worker whose script failed (it could not load, or threw): it will answer nothing more. */
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  start?(): void;
}

/**
 * The worker's side: starts reading and indexing the geography at once (`load`), answers each
 * request once it is indexed, or `failed` if it could not be read (the next request tries again).
 */
export function serveGeography(port: GeographyPort, load: () => Promise<GeographyIndex>): void {
  let index: Promise<GeographyIndex> | undefined;
  const indexed = () => (index ??= load());
  indexed().catch(() => (index = undefined));
  port.addEventListener('message', (event) => {
    const request = event.data as GeographyRequest;
    indexed().then(
      (geography) => {
        if (request.type === 'search') port.postMessage({ id: request.id, type: 'search', options: geography.search(request.query, request.limit) });
        else if (request.type === 'place') port.postMessage({ id: request.id, type: 'place', place: geography.toPlace(request.option) });
        else port.postMessage({ id: request.id, type: 'ready' });
      },
      () => {
        index = undefined;
        port.postMessage({ id: request.id, type: 'failed' });
      },
    );
  });
  port.start?.();
}

/** The page's side: the same questions as GeographyIndex, answered by the worker. */
export interface GeographyClient {
  /** Settles once the geography is indexed; rejects if it could not be read. */
  ready(): Promise<void>;
  search(query: string, limit?: number): Promise<PlaceOption[]>;
  toPlace(option: PlaceOption): Promise<TerritoryPlace>;
}

type Pending = (answer: GeographyAnswer) => void;

export function geographyClient(port: GeographyPort): GeographyClient {
  let next = 1;
  const pending = new Map<number, Pending>();
  /** The worker failed: every question, waiting or to come, fails (the page says so) rather than waiting forever. */
  let broken = false;
  port.addEventListener('message', (event) => {
    const answer = event.data as GeographyAnswer;
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    waiting?.(answer);
  });
  port.addEventListener('error', () => {
    broken = true;
    for (const [id, waiting] of pending) waiting({ id, type: 'failed' });
    pending.clear();
  });
  port.start?.();
  const ask = <T extends GeographyAnswer['type']>(request: WithoutId<GeographyRequest>): Promise<Extract<GeographyAnswer, { type: T }>> =>
    new Promise((resolve, reject) => {
      const id = next++;
      const settle: Pending = (answer) => (answer.type === 'failed' ? reject(new Error('geography unavailable')) : resolve(answer as Extract<GeographyAnswer, { type: T }>));
      if (broken) return settle({ id, type: 'failed' });
      pending.set(id, settle);
      port.postMessage({ ...request, id } as GeographyRequest);
    });
  return {
    ready: async () => void (await ask<'ready'>({ type: 'ready' })),
    search: async (query, limit = 10) => (await ask<'search'>({ type: 'search', query, limit })).options,
    toPlace: async (option) => (await ask<'place'>({ type: 'place', option })).place,
  };
}
