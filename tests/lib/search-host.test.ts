import { describe, expect, it } from 'vitest';
import { ensureSearchHost, searchHostIsOpen, SEARCH_HOST_PAGE, type HostApis } from '../../lib/search/search-host';

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

  it('answers false without the offscreen API (Firefox): pages then read the stored index themselves', async () => {
    expect(await ensureSearchHost({})).toBe(false);
    expect(await ensureSearchHost({ getContexts: async () => [] })).toBe(false);
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
