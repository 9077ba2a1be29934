import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readStoredSearchIndex } from '../lib/db/early-read';
import { EARLY_SEARCH_GLOBAL, type EarlySearch } from '../lib/db/search-inputs';
import { SEARCH_WORKER_NAME, SEARCH_WORKER_URL } from '../lib/search/search-channel';
import { earlySearchRoute, type HostApis } from '../lib/search/search-host';
import { SearchWorkerClient } from '../lib/search/worker-client';

/** Joins the search worker, started by this page if no other context keeps it; a worker that fails to start answers nothing. */
function joinSearchWorker(): EarlySearch {
  const worker = new SharedWorker(SEARCH_WORKER_URL, { name: SEARCH_WORKER_NAME });
  const client = new SearchWorkerClient(worker.port);
  const failed = new Promise<never>((_, reject) => worker.addEventListener('error', () => reject(new Error('the search worker did not start'))));
  return { host: true, client, status: Promise.race([client.status(), failed]) };
}

async function start(): Promise<EarlySearch> {
  const runtime = (globalThis as { chrome?: { runtime?: { getContexts?: HostApis['getContexts'] } } }).chrome?.runtime;
  const route = await earlySearchRoute({
    firefox: Boolean(import.meta.env.FIREFOX),
    sharedWorker: typeof SharedWorker === 'function',
    getContexts: typeof runtime?.getContexts === 'function' ? (filter) => runtime.getContexts!(filter) : undefined,
  });
  return route === 'worker' ? joinSearchWorker() : { host: false, stored: await readStoredSearchIndex() };
}

/**
 * Runs from a classic script in the popup's and side panel's <head>, a few kilobytes, while the
 * page's main bundle (Preact, Dexie, zod…) downloads and runs: connects to the search worker
 * (earlySearchRoute: in Chrome if its host keeps it, in Firefox always, starting it if need be;
 * then the page asks it, components/search/use-directory.ts), and if not starts reading the
 * stored index with raw IndexedDB, so the read overlaps the bundle's loading instead of following
 * it (tests/e2e/search-scale.spec.ts prints where the time goes).
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EARLY_SEARCH_GLOBAL] = start().catch((): EarlySearch => ({ host: false }));
});
