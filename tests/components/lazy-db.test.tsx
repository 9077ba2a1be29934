// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RepereDB } from '../../lib/db';
import { rawReader } from '../../lib/db/early-read';
import { EARLY_INPUTS_GLOBAL, readEarlyInputs } from '../../lib/early-inputs';
import type { PartnerSummary, SearchOptions } from '../../lib/search';
import { useDbAndRoot, waitUntil } from '../support/component-db';
// Loaded after the first results by the favourites' sync: loaded here, before the test's end.
import '../../lib/favourites-sync';
import '../../lib/settings';

const summary = { id: 'ml-sete', nom: 'Mission locale de Sète' } as PartnerSummary;
const search = vi.fn(async (_query: string, _options: SearchOptions) => [{ partner: summary, score: 1 }]);
const directory = { search, summaries: async () => [], load: async () => undefined };
vi.mock('../../components/search/use-directory', () => ({ useDirectory: () => directory }));

const env = useDbAndRoot();

/** Fresh modules per test: « first results shown » is once per page (components/first-results.ts). */
async function page() {
  vi.resetModules();
  const [{ LazyDbProvider }, { PartnerSearch }, { lazyComponent }, { useDb }] = await Promise.all([
    import('../../components/lazy-db'),
    import('../../components/search/PartnerSearch'),
    import('../../components/lazy'),
    import('../../components/db-context'),
  ]);
  return { LazyDbProvider, PartnerSearch, lazyComponent, useDb };
}

/** A database loader that notes whether result rows were on screen when it was asked. */
function loader() {
  const asked: boolean[] = [];
  const load = async (): Promise<RepereDB> => {
    asked.push(env.root.querySelector('[role="option"]') !== null);
    return env.db;
  };
  return { asked, load };
}

// Issue 20: the popup's first load carries no Dexie; the database opens after the first results.
describe('a page whose database opens later (LazyDbProvider)', () => {
  beforeEach(async () => {
    search.mockClear();
    fakeBrowser.reset();
    await env.db.favourites.put({ partnerId: 'ml-sete', order: 1, group: '', addedAt: 1 });
  });

  it('shows the first results before loading the database, then loads it once', async () => {
    const { LazyDbProvider, PartnerSearch } = await page();
    (globalThis as Record<string, unknown>)[EARLY_INPUTS_GLOBAL] = readEarlyInputs(fakeBrowser.storage, rawReader(env.db.name));
    const { asked, load } = loader();
    await act(() => {
      render(<LazyDbProvider load={load}><PartnerSearch initialQuery="mission locale" /></LazyDbProvider>, env.root);
    });
    await waitUntil(() => asked.length > 0);
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(asked).toEqual([true]);
    // The favourites came from the <head>'s read: the live queries reading them again send no second search.
    expect(search).toHaveBeenCalledTimes(1);
    expect([...(search.mock.calls[0][1].favourites ?? [])]).toEqual(['ml-sete']);
  });

  it('opens it at once when the <head> could not read the favourites, and searches with them', async () => {
    const { LazyDbProvider, PartnerSearch } = await page();
    (globalThis as Record<string, unknown>)[EARLY_INPUTS_GLOBAL] = Promise.resolve({});
    const { asked, load } = loader();
    await act(() => {
      render(<LazyDbProvider load={load}><PartnerSearch initialQuery="mission locale" /></LazyDbProvider>, env.root);
    });
    await waitUntil(() => search.mock.calls.some(([, options]) => options.favourites?.has('ml-sete') === true));
    expect(asked).toEqual([false]);
  });

  it('renders a lazy component that reads the database once it is open', async () => {
    const { LazyDbProvider, lazyComponent, useDb } = await page();
    const NameOfDb = lazyComponent(async () => () => <p>{useDb().name}</p>);
    const { asked, load } = loader();
    await act(() => {
      render(<LazyDbProvider load={load}><NameOfDb /></LazyDbProvider>, env.root);
    });
    await waitUntil(() => env.root.textContent === env.db.name);
    expect(asked).toHaveLength(1);
  });
});
