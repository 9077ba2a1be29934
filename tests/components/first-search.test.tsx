// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DbContext } from '../../components/db-context';
import { afterFirstResults } from '../../components/first-results';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import type { Directory } from '../../components/search/use-directory';
import { rawReader } from '../../lib/db/early-read';
import { EARLY_INPUTS_GLOBAL, readEarlyInputs } from '../../lib/early-inputs';
import type { PartnerSummary, SearchOptions } from '../../lib/search';
import { useDbAndRoot, waitUntil } from '../support/component-db';
// Loaded after the first results by the favourites' sync: loaded here, before the test's end.
import '../../lib/favourites-sync';
import '../../lib/settings';

const summary = { id: 'ml-sete', nom: 'Mission locale de Sète' } as PartnerSummary;
const search = vi.fn(async (_query: string, _options: SearchOptions) => [{ partner: summary, score: 1 }]);
const directory: Directory = { search, summaries: async () => [], load: async () => undefined };
vi.mock('../../components/search/use-directory', () => ({ useDirectory: () => directory }));

const env = useDbAndRoot();
const SETE = { kind: 'commune', code: '34301', label: 'Sète', codes: [] };

// Issue 20, « first open »: the popup's first search waited for the territory, then was sent again
// when Dexie's live queries read the favourites (and again for the groups). The page's <head>
// reads them now (entrypoints/search-preload.ts): one search, ranked for both.
describe("the popup's first search", () => {
  it('is sent once, with the territory and the favourites', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: { savedAt: 1, value: { territory: [SETE] } } });
    await env.db.favourites.put({ partnerId: 'ml-sete', order: 1, group: '', addedAt: 1 });
    (globalThis as Record<string, unknown>)[EARLY_INPUTS_GLOBAL] = readEarlyInputs(fakeBrowser.storage, rawReader(env.db.name));
    await act(() => {
      render(<DbContext.Provider value={env.db}><PartnerSearch initialQuery="mission locale" /></DbContext.Provider>, env.root);
    });
    await waitUntil(() => env.root.querySelector('[role="option"]') !== null);
    // Then the live queries start, and read the same favourites: no second search.
    const settled = new Promise<void>((resolve) => afterFirstResults(resolve));
    await settled;
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(search).toHaveBeenCalledTimes(1);
    const [query, options] = search.mock.calls[0];
    expect(query).toBe('mission locale');
    expect([...(options.favourites ?? [])]).toEqual(['ml-sete']);
    expect(options.territory).toContain('34301');
  });
});
