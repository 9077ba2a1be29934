/**
 * The BroadcastChannel on which the background tells the search worker that it stored a new
 * index. Same-origin only: no web page, content script or other extension can join it.
 */
export const SEARCH_CHANNEL = 'repere-search';

/** Where the search worker lives (entrypoints/search-worker.ts): one SharedWorker for every page. */
export const SEARCH_WORKER_URL = '/search-worker.js';
export const SEARCH_WORKER_NAME = 'repere-search';

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Tells the search worker that the background stored a new index. */
export function announceNewIndex(channel: ChannelLike): void {
  channel.postMessage({ kind: 'new-index' });
}

/** Calls `then` whenever the background announces a new index; any other message is ignored. */
export function onNewIndex(channel: ChannelLike, then: () => void): void {
  channel.addEventListener('message', ({ data }) => {
    if (typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'new-index') then();
  });
}

/**
 * Set on the document that started the search worker and keeps it (Firefox's event page,
 * lib/search/search-host.ts keepSearchWorker): a page that finds it on the background page knows
 * the worker is alive and holds, or is reading, the index.
 */
export const SEARCH_WORKER_HELD = '__repereSearchWorkerHeld';

/**
 * Whether this background page (extension.getBackgroundPage(): null while the event page is
 * suspended) keeps the search worker. Synchronous and local: no message, and it does not wake a
 * suspended event page. Never throws.
 */
export function backgroundHoldsSearchWorker(getBackgroundPage: (() => unknown) | undefined): boolean {
  try {
    const page = getBackgroundPage?.();
    return typeof page === 'object' && page !== null && (page as Record<string, unknown>)[SEARCH_WORKER_HELD] === true;
  } catch {
    return false;
  }
}
