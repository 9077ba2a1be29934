/** The parts of chrome.offscreen and chrome.runtime the background needs to keep the search host open. */
export interface HostApis {
  offscreen?: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

export const SEARCH_HOST_PAGE = 'search-host.html';

let opening: Promise<boolean> | undefined;

/**
 * Opens the search host (entrypoints/search-host) if it is not open: an offscreen document whose
 * worker keeps the stored search index in memory, so that the popup and the side panel answer
 * from it without reading and restoring the index at each opening. Chrome only (the offscreen
 * API); where it is missing (Firefox), pages read the stored index themselves. Answers whether
 * a host is open. Never throws.
 */
export function ensureSearchHost(apis: HostApis): Promise<boolean> {
  const { offscreen, getContexts } = apis;
  if (!offscreen || !getContexts) return Promise.resolve(false);
  opening ??= (async () => {
    try {
      if ((await getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0) return true;
      await offscreen.createDocument({
        url: SEARCH_HOST_PAGE,
        // A service worker cannot start workers: the offscreen document starts the one that holds the index.
        reasons: ['WORKERS'],
        justification: 'Keeps the directory search index in a worker so that the toolbar popup answers at once.',
      });
      return true;
    } catch {
      // Another call opened it meanwhile, or the browser refused: pages read the stored index themselves.
      return (await getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).catch(() => [])).length > 0;
    }
  })().finally(() => (opening = undefined));
  return opening;
}
