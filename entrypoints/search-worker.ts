import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { rawReader, readSearchInputs, readStoredSearchIndex } from '../lib/db/early-read';
import { readFavouritesEarly } from '../lib/db/early-favourites';
import { SEARCH_CHANNEL, onNewIndex } from '../lib/search/search-channel';
import { createSearchService, servePort } from '../lib/search/worker-host';

/**
 * The search worker: a SharedWorker that the search host (entrypoints/search-host) starts and
 * keeps alive. It reads the stored search index once per version, keeps it in memory and answers
 * every page that connects (the popup, the side panel) on that page's own port
 * (lib/search/worker-host.ts). When the background announces a new index, it reads it at once.
 */
export default defineUnlistedScript(() => {
  // One connection kept open: each page's first question checks the index is still current.
  const reader = rawReader(undefined, { keepOpen: true });
  const service = createSearchService(() => readStoredSearchIndex(reader), {
    currentInputs: () => readSearchInputs(reader),
    favourites: () => readFavouritesEarly(reader),
  });
  const scope = self as unknown as { onconnect: ((event: MessageEvent) => void) | null };
  scope.onconnect = (event) => {
    const port = event.ports[0];
    servePort(port, service);
    port.start();
  };
  onNewIndex(new BroadcastChannel(SEARCH_CHANNEL), () => service.indexChanged());
});
