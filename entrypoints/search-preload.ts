import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { readFavouritesEarly } from '../lib/db/early-favourites';
import { preloadNamedModules } from '../lib/early-modules';
import { readStoredSearchIndex } from '../lib/db/early-read';
import { EARLY_INPUTS_GLOBAL, readEarlyInputs } from '../lib/early-inputs';
import { EARLY_RESTORE_GLOBAL, EARLY_RESTORE_URL, EARLY_SEARCH_GLOBAL, type EarlySearch } from '../lib/db/search-inputs';
import { SEARCH_WORKER_NAME, SEARCH_WORKER_URL, backgroundHoldsSearchWorker } from '../lib/search/search-channel';
import { searchHostIsOpen, type HostApis } from '../lib/search/search-host';
import { SearchWorkerClient } from '../lib/search/worker-client';
import type { restoreEarly } from '../lib/search/early-restore';

/**
 * Whether the search worker holds the index in memory: its host is open, an offscreen document in
 * Chrome; in Firefox the event page is awake and keeps the worker (it starts it when a page that
 * searches opens, and the worker ends when the event page is suspended).
 */
function hostIsOpen(): Promise<boolean> {
  const chrome = (globalThis as { chrome?: { runtime?: { getContexts?: HostApis['getContexts'] }; extension?: { getBackgroundPage?: () => unknown } } }).chrome;
  if (typeof SharedWorker !== 'function') return Promise.resolve(false);
  if (import.meta.env.FIREFOX) return Promise.resolve(backgroundHoldsSearchWorker(() => chrome?.extension?.getBackgroundPage?.()));
  const runtime = chrome?.runtime;
  if (typeof runtime?.getContexts !== 'function') return Promise.resolve(false);
  return searchHostIsOpen((filter) => runtime.getContexts!(filter));
}

/**
 * Connects to the search worker if its host keeps it, and asks it at once what it holds and the
 * favourites (one answer: the worker reads them on its open connection, where the page would open
 * the database and wait for its read's events behind its own bundle, issue 20).
 */
function connect(): { client: SearchWorkerClient; asked: ReturnType<SearchWorkerClient['statusWithFavourites']> } {
  const client = new SearchWorkerClient(new SharedWorker(SEARCH_WORKER_URL, { name: SEARCH_WORKER_NAME }).port);
  return { client, asked: client.statusWithFavourites() };
}

/**
 * Without the worker. Firefox, event page suspended: the page answers from the stored index,
 * restored here as soon as it is read, the ranker's code loading meanwhile (issue 20). Chrome's
 * pages ask the search worker (its host is rarely closed): their bundle imports the ranker when
 * they need it.
 */
async function readHere(): Promise<EarlySearch> {
  const restorer = import.meta.env.FIREFOX ? loadRestorer() : Promise.resolve(undefined);
  const stored = await readStoredSearchIndex();
  const restore = await restorer;
  return restore ? { host: false, ...restore(stored) } : { host: false, stored };
}

/** entrypoints/search-restore.ts, added to the <head>; undefined if it cannot load (the page then restores the index itself). */
function loadRestorer(): Promise<typeof restoreEarly | undefined> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = EARLY_RESTORE_URL;
    script.onload = () => resolve((globalThis as Record<string, unknown>)[EARLY_RESTORE_GLOBAL] as typeof restoreEarly | undefined);
    script.onerror = () => resolve(undefined);
    document.head.append(script);
  });
}

/**
 * Runs from a classic script in the popup's and side panel's <head>, a few kilobytes, while the
 * page's main bundle (Preact, zod…) downloads and runs: connects to the search worker if
 * its host keeps it (then the page asks it, components/search/use-directory.ts), and if not
 * starts reading the stored index with raw IndexedDB, so the read overlaps the bundle's loading
 * instead of following it (tests/e2e/search-scale.spec.ts prints where the time goes). It reads the
 * territory and favourites the first search needs as well.
 */
export default defineUnlistedScript(() => {
  // Firefox: the chunks of the page's first render, asked for now that this script runs (scripts/head-first.mjs).
  const self = document.currentScript as HTMLScriptElement | null;
  const worker = hostIsOpen().then((open) => (open ? connect() : undefined));
  const search = worker.then(async (connected): Promise<EarlySearch> => {
    if (connected) return { host: true, client: connected.client, status: connected.asked.then(({ status }) => status) };
    return readHere();
  });
  (globalThis as Record<string, unknown>)[EARLY_SEARCH_GLOBAL] = search.catch((): EarlySearch => ({ host: false }));
  // The favourites from the worker's answer; without the worker (or if it could not read them) read here.
  const favourites = worker
    .then((connected) => connected?.asked.then(({ favourites }) => favourites, () => undefined))
    .catch(() => undefined)
    .then((read) => read ?? readFavouritesEarly());
  // The territory too (components/search/use-search-inputs.ts).
  (globalThis as Record<string, unknown>)[EARLY_INPUTS_GLOBAL] = readEarlyInputs(browser.storage, undefined, favourites).catch(() => ({}));
  preloadNamedModules(self);
});
