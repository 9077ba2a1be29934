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
 * lib/search/search-host.ts keepSearchWorker): tests/firefox/event-page-search.spec.ts reads it.
 */
export const SEARCH_WORKER_HELD = '__repereSearchWorkerHeld';
