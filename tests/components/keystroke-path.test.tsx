// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PartnerSummary, SearchHit } from '../../lib/search';
import { useDbAndRoot, waitUntil } from '../support/component-db';

// Issue 20, the keystroke at 100,000 partners: what a key does before its rows are in the DOM.
// The search worker is a directory answering when the test says so; the reference's code is a
// spy that notes what the list showed when it was asked.
vi.mock('../../components/search/use-directory', async () => ({ useDirectory: (await import('../support/held-directory')).useHeldDirectory }));
const { asked, directory } = await import('../support/held-directory');

const listShownWhenAsked: Array<string | null | undefined> = [];
const parts = {
  referenceForQuery: vi.fn(() => {
    listShownWhenAsked.push(document.querySelector('[role="listbox"]')?.getAttribute('data-query'));
    return undefined;
  }),
  referenceEntry: () => undefined,
  ReferenceResult: () => null,
  ReferenceEntryView: () => null,
  REFERENCE_RESULT_ID: 'reference-result',
};
vi.mock('../../components/search/lazy-reference', () => ({ useReferenceParts: () => parts, referenceParts: () => parts, loadReference: async () => parts }));

// A row that renders formats its phone: the count of formatted phones is the count of row renders.
vi.mock('../../lib/contact', async (original) => {
  const actual = await original<typeof import('../../lib/contact')>();
  return { ...actual, groupPhone: vi.fn(actual.groupPhone) };
});
const { groupPhone } = await import('../../lib/contact');
const { ResultList } = await import('../../components/search/ResultList');
const { DbContext } = await import('../../components/db-context');
const { PartnerSearch } = await import('../../components/search/PartnerSearch');

const env = useDbAndRoot();
const hit = (id: string, nom: string): SearchHit<PartnerSummary> => ({ partner: { id, nom, commune: 'Sète', code_postal: '34200', reseaux_porteurs: [] }, score: 0.1 });

async function openSearch() {
  asked.length = 0;
  listShownWhenAsked.length = 0;
  directory.search.mockClear();
  parts.referenceForQuery.mockClear();
  directory.summaries.mockClear();
  await act(() => {
    render(<DbContext.Provider value={env.db}><PartnerSearch /></DbContext.Provider>, env.root);
  });
  // The settings read: the empty box has asked for the favourites.
  await waitUntil(() => directory.summaries.mock.calls.length > 0);
  return env.root.querySelector<HTMLInputElement>('#search-input')!;
}

async function type(input: HTMLInputElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Answers every search asked, until `done`. */
async function answerUntil(done: () => boolean, hits: SearchHit<PartnerSummary>[]) {
  for (let answered = 0, end = Date.now() + 15_000; !done() && Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
    const waiting = asked.slice(answered);
    answered = asked.length;
    await act(() => waiting.forEach((a) => a.answer(hits)));
  }
  expect(done()).toBe(true);
}

/** Answers every search asked, until a list is shown. */
const answerUntilShown = (hits: SearchHit<PartnerSummary>[]) => answerUntil(() => env.root.querySelector('[role="listbox"]') !== null, hits);

describe('a keystroke in the partner search', () => {
  it('sends only the latest query when keys arrive before the worker answers', async () => {
    const input = await openSearch();
    await type(input, 'c');
    await type(input, 'cc');
    await type(input, 'cca');
    await type(input, 'ccas');
    expect(asked.map((a) => a.query)).toEqual(['c']);
    // The superseded answer is never shown; the latest query is sent once the worker is free.
    await act(() => asked[0].answer([hit('1', 'Centre culturel')]));
    expect(env.root.querySelector('[role="listbox"]')).toBeNull();
    await answerUntilShown([hit('2', 'CCAS de Sète')]);
    expect(env.root.querySelector('[role="listbox"]')?.getAttribute('data-query')).toBe('ccas');
    expect(env.root.querySelector('.result__name')?.textContent).toBe('CCAS de Sète');
    expect(new Set(asked.map((a) => a.query))).toEqual(new Set(['c', 'ccas']));
  });

  it('asks the worker from the key’s handler, before the page renders what was typed', async () => {
    const input = await openSearch();
    // A worker that answers at once: nothing is waiting for an answer when the next key comes.
    directory.search.mockImplementation(async (query: string) => [hit('4', `Mission Locale (${query})`)]);
    try {
      await type(input, 'm');
      await waitUntil(() => env.root.querySelector('[role="listbox"]')?.getAttribute('data-query') === 'm');
      input.value = 'mi';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Synchronously, in the key's handler: no render of « mi » has happened yet.
      expect(directory.search.mock.calls.filter(([query]) => query === 'mi')).toHaveLength(1);
      await waitUntil(() => env.root.querySelector('[role="listbox"]')?.getAttribute('data-query') === 'mi');
      expect(env.root.querySelector('.result__name')?.textContent).toBe('Mission Locale (mi)');
      // The render adopted that search: it did not ask the same again (it asks anew only if the
      // territory or favourites it searches with were read meanwhile).
      const calls = directory.search.mock.calls as unknown as Array<[string, Record<string, unknown>]>;
      const [first, ...again] = calls.filter(([query]) => query === 'mi').map(([, options]) => options);
      const same = (options: Record<string, unknown>) => ['territory', 'favourites', 'categories', 'thematiques'].every((key) => options[key] === first[key]);
      expect(again.filter(same)).toEqual([]);
    } finally {
      directory.search.mockImplementation((query: string) => new Promise<SearchHit<PartnerSummary>[]>((answer) => asked.push({ query, answer })));
    }
  });

  it('looks the reference up only once the partner rows of that query are in the DOM', async () => {
    const input = await openSearch();
    await type(input, 'plie');
    // Effects, frames and timers go by while the worker ranks: no Fuse lookup meanwhile.
    await new Promise((r) => setTimeout(r, 120));
    expect(parts.referenceForQuery).not.toHaveBeenCalled();
    // The worker answers (the search is asked again if the favourites' live query settled meanwhile).
    await answerUntilShown([hit('3', 'PLIE de Montpellier')]);
    await waitUntil(() => parts.referenceForQuery.mock.calls.length > 0);
    expect(listShownWhenAsked).toEqual(['plie']);
  });
});

describe('the typed text and its rows', () => {
  it('show together: nothing else in the popup changes before the rows of a key arrive', async () => {
    const input = await openSearch();
    expect(env.root.querySelector('.hint')).not.toBeNull();
    const batches: MutationRecord[][] = [];
    const observer = new MutationObserver((records) => batches.push(records));
    observer.observe(env.root, { childList: true, subtree: true, attributes: true, characterData: true });
    try {
      await type(input, 'p');
      // Effects, frames and timers go by while the worker ranks (less than the typed text's wait).
      await new Promise((r) => setTimeout(r, 40));
      expect(input.value).toBe('p');
      expect(batches).toEqual([]);
      expect(env.root.querySelector('.hint')).not.toBeNull();
      await act(() => asked.find((a) => a.query === 'p')!.answer([hit('5', 'PLIE de Sète')]));
      await waitUntil(() => batches.length > 0);
      // In the same DOM update: the empty box's hint leaves as the rows of « p » come.
      expect(env.root.querySelector('[role="listbox"]')?.getAttribute('data-query')).toBe('p');
      expect(env.root.querySelector('.hint')).toBeNull();
      const [first] = batches;
      expect(first.flatMap((r) => [...r.removedNodes]).some((node) => (node as Element).classList?.contains('hint'))).toBe(true);
      expect(first.flatMap((r) => [...r.addedNodes]).some((node) => (node as Element).getAttribute?.('role') === 'listbox')).toBe(true);
    } finally {
      observer.disconnect();
    }
  });

  it('keep the letters typed while their rows are on the way, whatever renders meanwhile', async () => {
    const input = await openSearch();
    await type(input, 'c');
    await answerUntilShown([hit('1', 'CCAS de Sète'), hit('2', 'CCAS de Frontignan')]);
    await waitUntil(() => env.root.querySelector('[aria-selected="true"]')?.textContent?.includes('Sète') ?? false);
    // « cc », then ↓ in the same task: the list renders again (the active row moves) while the
    // rows of « cc » are on the way (nothing else can run in between, however loaded the machine).
    await act(() => {
      input.value = 'cc';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(env.root.querySelector('[aria-selected="true"]')?.textContent).toContain('Frontignan');
    expect(env.root.querySelector('[role="listbox"]')?.getAttribute('data-query')).toBe('c');
    expect(input.value).toBe('cc');
    // The worker answers (« cc » is asked again if what it searches with was read meanwhile).
    await answerUntil(() => env.root.querySelector('[role="listbox"]')?.getAttribute('data-query') === 'cc', [hit('2', 'CCAS de Frontignan')]);
    expect(input.value).toBe('cc');
  });

  it('renders alone after a moment when the search does not answer', async () => {
    const input = await openSearch();
    await type(input, 'x');
    // The worker never answers: the empty box's hint leaves all the same.
    await waitUntil(() => env.root.querySelector('.hint') === null);
    expect(input.value).toBe('x');
  });

  it('is emptied by Esc before its rows arrive', async () => {
    const input = await openSearch();
    await type(input, 'c');
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(input.value).toBe('');
    // The rows of « c » arriving later are not shown: the box is empty.
    await act(() => asked.forEach((a) => a.answer([hit('1', 'CCAS de Sète')])));
    await new Promise((r) => setTimeout(r, 150));
    expect(input.value).toBe('');
    expect(env.root.querySelector('[role="listbox"]')).toBeNull();
    expect(env.root.querySelector('.hint')).not.toBeNull();
  });
});

describe('the rows of the next keystroke', () => {
  it('are not rendered again when their record and reason did not change', async () => {
    const partners = ['CCAS de Sète', 'CCAS de Frontignan', 'CCAS de Balaruc'].map((nom, i) => ({ ...hit(String(i), nom).partner, telephone: '0467000000' }));
    const show = (query: string, list = partners) =>
      render(<ResultList id="list" label="Résultats" partners={list} active={0} onOpen={() => undefined} onHover={() => undefined} context={{ query }} />, env.root);
    show('cca');
    expect(vi.mocked(groupPhone)).toHaveBeenCalledTimes(3);
    // « ccas »: same rows, same (no) reason — the name says it.
    show('ccas');
    expect(vi.mocked(groupPhone)).toHaveBeenCalledTimes(3);
    // A row that left the list and one that moved up: the moved one is moved, its DOM kept, not rendered again.
    const balaruc = env.root.querySelectorAll('[role="option"]')[2];
    show('ccas s', [partners[0], partners[2]]);
    expect(vi.mocked(groupPhone)).toHaveBeenCalledTimes(3);
    expect(env.root.querySelectorAll('[role="option"]')[1]).toBe(balaruc);
    expect(balaruc.id).toBe('list-option-1');
    expect([...env.root.querySelectorAll('.result__name')].map((n) => n.textContent)).toEqual(['CCAS de Sète', 'CCAS de Balaruc']);
  });
});
