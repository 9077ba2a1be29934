import { SEARCH_WORKER_HELD, SEARCH_WORKER_NAME, SEARCH_WORKER_URL } from './search-channel';

/** The parts of chrome.offscreen and chrome.runtime the background needs to keep the search host open. */
export interface HostApis {
  offscreen?: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
  /**
   * Without offscreen documents (Firefox): starts the search worker from the background itself,
   * an event page with a DOM (keepSearchWorker); answers whether it could.
   */
  startWorker?(): boolean;
}

export const SEARCH_HOST_PAGE = 'search-host.html';

let opening: Promise<boolean> | undefined;

/**
 * Whether the search host is open (its worker then holds the index), asked of the browser: the
 * background before opening it, a page's <head> before connecting to it. A browser without
 * offscreen documents (Firefox) may refuse the context type outright: false, never a throw.
 */
export function searchHostIsOpen(getContexts: HostApis['getContexts']): Promise<boolean> {
  if (!getContexts) return Promise.resolve(false);
  try {
    return getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then(
      (contexts) => contexts.length > 0,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Opens the search host (entrypoints/search-host) if it is not open: an offscreen document whose
 * worker keeps the stored search index in memory, so that the popup and the side panel answer
 * from it without reading and restoring the index at each opening. Where the offscreen API is
 * missing (Firefox), the background starts the worker itself if it can (`startWorker`): it is
 * then the host while it is alive, and pages read the stored index themselves once it is
 * suspended. Answers whether a host is open. Never throws.
 */
export function ensureSearchHost(apis: HostApis): Promise<boolean> {
  const { offscreen, getContexts } = apis;
  if (!offscreen) {
    try {
      return Promise.resolve(apis.startWorker?.() ?? false);
    } catch {
      return Promise.resolve(false);
    }
  }
  if (!getContexts) return Promise.resolve(false);
  opening ??= (async () => {
    try {
      if (await searchHostIsOpen(getContexts)) return true;
      await offscreen.createDocument({
        url: SEARCH_HOST_PAGE,
        // A service worker cannot start workers: the offscreen document starts the one that holds the index.
        reasons: ['WORKERS'],
        justification: 'Keeps the directory search index in a worker so that the toolbar popup answers at once.',
      });
      return true;
    } catch {
      // Another call opened it meanwhile, or the browser refused: pages read the stored index themselves.
      return searchHostIsOpen(getContexts);
    }
  })().finally(() => (opening = undefined));
  return opening;
}

interface WorkerScope {
  SharedWorker?: new (url: string, options: { name: string }) => { port: { start(): void } };
}
/** The worker each document started, held so that nothing lets it go. */
const kept = new WeakMap<WorkerScope, unknown>();

/**
 * Starts the search worker (entrypoints/search-worker.ts) from this document and keeps it: a
 * SharedWorker lives as long as one document that started or joined it, so Firefox's event page
 * keeps the index in memory while it is alive, and the popup and the sidebar join the same
 * worker. Once per document, and marked on it (SEARCH_WORKER_HELD); false where workers cannot
 * start (a service worker).
 */
export function keepSearchWorker(scope: WorkerScope = globalThis as WorkerScope): boolean {
  const Worker = scope.SharedWorker;
  if (typeof Worker !== 'function') return false;
  if (!kept.has(scope)) {
    const worker = new Worker(SEARCH_WORKER_URL, { name: SEARCH_WORKER_NAME });
    worker.port.start();
    kept.set(scope, worker);
    // What a page's <head> checks before joining it (backgroundHoldsSearchWorker).
    Object.assign(scope, { [SEARCH_WORKER_HELD]: true });
  }
  return true;
}
