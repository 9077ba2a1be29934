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
 * from it without reading and restoring the index at each opening. Chrome only (the offscreen
 * API); where it is missing (Firefox), pages read the stored index themselves. Answers whether
 * a host is open. Never throws.
 */
export function ensureSearchHost(apis: HostApis): Promise<boolean> {
  const { offscreen, getContexts } = apis;
  if (!offscreen || !getContexts) return Promise.resolve(false);
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
