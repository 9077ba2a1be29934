import { describe, expect, it } from 'vitest';
import { ensureSearchHost, keepSearchWorker, searchHostIsOpen, SEARCH_HOST_PAGE, type HostApis } from '../../lib/search/search-host';
import { SEARCH_WORKER_HELD, SEARCH_WORKER_NAME, SEARCH_WORKER_URL, backgroundHoldsSearchWorker } from '../../lib/search/search-channel';

/** A fake chrome.offscreen + runtime.getContexts: one offscreen document at most, like Chrome. */
function fakeBrowser(options: { open?: boolean; refuse?: boolean } = {}) {
  let open = options.open ?? false;
  const created: Array<{ url: string; reasons: string[] }> = [];
  const apis: HostApis = {
    offscreen: {
      async createDocument(parameters) {
        await Promise.resolve();
        if (options.refuse) throw new Error('refused');
        if (open) throw new Error('Only a single offscreen document may be created.');
        created.push(parameters);
        open = true;
      },
    },
    getContexts: async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
  };
  return { apis, created };
}

describe('ensureSearchHost', () => {
  it('opens the search host once, as an offscreen document that starts a worker', async () => {
    const { apis, created } = fakeBrowser();
    expect(await ensureSearchHost(apis)).toBe(true);
    expect(await ensureSearchHost(apis)).toBe(true);
    expect(created).toEqual([expect.objectContaining({ url: SEARCH_HOST_PAGE, reasons: ['WORKERS'] })]);
  });

  it('opens one host when asked twice at once (the worker starting and a page asking)', async () => {
    const { apis, created } = fakeBrowser();
    expect(await Promise.all([ensureSearchHost(apis), ensureSearchHost(apis)])).toEqual([true, true]);
    expect(created).toHaveLength(1);
  });

  it('leaves an open host alone', async () => {
    const { apis, created } = fakeBrowser({ open: true });
    expect(await ensureSearchHost(apis)).toBe(true);
    expect(created).toEqual([]);
  });

  it('answers false without the offscreen API nor a worker to start: pages then read the stored index themselves', async () => {
    expect(await ensureSearchHost({})).toBe(false);
    expect(await ensureSearchHost({ getContexts: async () => [] })).toBe(false);
    expect(await ensureSearchHost({ startWorker: () => false })).toBe(false);
    expect(
      await ensureSearchHost({
        startWorker: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBe(false);
  });

  it('without the offscreen API (Firefox), has the background start the worker itself: it is the host while alive', async () => {
    let started = 0;
    const apis: HostApis = { getContexts: async () => [], startWorker: () => (started++, true) };
    expect(await ensureSearchHost(apis)).toBe(true);
    expect(started).toBe(1);
  });

  it('with the offscreen API (Chrome), never starts the worker in the background', async () => {
    const { apis, created } = fakeBrowser();
    let started = 0;
    expect(await ensureSearchHost({ ...apis, startWorker: () => (started++, true) })).toBe(true);
    expect(started).toBe(0);
    expect(created).toHaveLength(1);
  });

  it('answers false, without throwing, when the browser refuses to open it', async () => {
    const { apis } = fakeBrowser({ refuse: true });
    expect(await ensureSearchHost(apis)).toBe(false);
  });
});

describe('searchHostIsOpen', () => {
  it('answers false, never throws, where the browser refuses the context type (Firefox)', async () => {
    expect(
      await searchHostIsOpen(() => {
        throw new TypeError('Invalid enumeration value "OFFSCREEN_DOCUMENT"');
      }),
    ).toBe(false);
    expect(await searchHostIsOpen(async () => Promise.reject(new Error('no')))).toBe(false);
    expect(await searchHostIsOpen(undefined)).toBe(false);
    expect(await searchHostIsOpen(async () => [{}])).toBe(true);
  });

});

describe('keepSearchWorker', () => {
  /** A document's SharedWorker constructor that records what it starts. */
  function fakeScope() {
    const started: Array<{ url: string; name: string; portStarted: boolean }> = [];
    class SharedWorker {
      port: { start(): void };
      constructor(url: string, { name }: { name: string }) {
        const entry = { url, name, portStarted: false };
        started.push(entry);
        this.port = { start: () => (entry.portStarted = true) };
      }
    }
    return { scope: { SharedWorker }, started };
  }

  it('starts the search worker once per document, its port started', () => {
    const { scope, started } = fakeScope();
    expect(keepSearchWorker(scope)).toBe(true);
    expect(keepSearchWorker(scope)).toBe(true);
    expect(started).toEqual([{ url: SEARCH_WORKER_URL, name: SEARCH_WORKER_NAME, portStarted: true }]);
    // Marked on the document, where a page's <head> looks before joining the worker.
    expect(backgroundHoldsSearchWorker(() => scope)).toBe(true);
  });

  it('answers false where workers cannot start (a service worker)', () => {
    const scope = {};
    expect(keepSearchWorker(scope)).toBe(false);
    expect(backgroundHoldsSearchWorker(() => scope)).toBe(false);
  });
});

describe('backgroundHoldsSearchWorker', () => {
  it('is false, never a throw, while the event page is suspended or without the API', () => {
    expect(backgroundHoldsSearchWorker(() => null)).toBe(false);
    expect(backgroundHoldsSearchWorker(undefined)).toBe(false);
    expect(
      backgroundHoldsSearchWorker(() => {
        throw new Error('no background');
      }),
    ).toBe(false);
  });

  it('is false for an awake event page that has not started the worker (woken by another event)', () => {
    expect(backgroundHoldsSearchWorker(() => ({}))).toBe(false);
    expect(backgroundHoldsSearchWorker(() => ({ [SEARCH_WORKER_HELD]: 'yes' }))).toBe(false);
  });
});
