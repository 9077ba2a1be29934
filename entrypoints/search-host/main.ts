import { SEARCH_WORKER_NAME, SEARCH_WORKER_URL } from '../../lib/search/search-channel';

// The search host: an offscreen document (Chrome) opened by the background. It starts the search
// worker (search-worker.ts), a SharedWorker that keeps the stored search index in memory, and
// keeps it alive by staying connected; the popup and the side panel connect to the same worker.
// It has no interface and reads nothing itself.
const worker = new SharedWorker(SEARCH_WORKER_URL, { name: SEARCH_WORKER_NAME });
worker.port.start();
Object.assign(globalThis, { repereSearchWorker: worker });
