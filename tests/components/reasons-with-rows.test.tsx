// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PartnerSummary, SearchHit } from '../../lib/search';
import { useDbAndRoot, waitUntil } from '../support/component-db';

// Issue 20: the rows' reasons are a chunk of their own (components/search/row-reason.ts). The
// partners for needs come with theirs, in one render: which need each serves is their point, and
// rows growing a line a moment later would move under the counsellor's eyes. Typed words' rows do
// not wait (the popup's first row would). The chunk arrives when the test says so.
const chunk = vi.hoisted(() => {
  let arrive!: () => void;
  return { arrived: new Promise<void>((resolve) => (arrive = resolve)), arrive: () => arrive() };
});
vi.mock('../../lib/search/match-reason', async (original) => {
  await chunk.arrived;
  return original();
});
vi.mock('../../components/search/use-directory', async () => ({ useDirectory: (await import('../support/held-directory')).useHeldDirectory }));
const { asked, directory } = await import('../support/held-directory');
vi.mock('../../components/search/lazy-reference', () => ({ useReferenceParts: () => undefined, referenceParts: () => undefined, loadReference: async () => undefined }));
const { DbContext } = await import('../../components/db-context');
const { PartnerSearch } = await import('../../components/search/PartnerSearch');

const env = useDbAndRoot();
const PERMIT = 'mobilite--preparer-un-permis';
const hit = (id: string, nom: string): SearchHit<PartnerSummary> => ({
  partner: { id, nom, commune: 'Sète', code_postal: '34200', reseaux_porteurs: [], telephone: null, horaires_accueil: null, themes: [PERMIT] } as unknown as PartnerSummary,
  score: 0.1,
});

const rows = () => [...env.root.querySelectorAll('[role="option"]')];
const reasonsShown = () => rows().map((row) => row.querySelector('.result__reason')?.textContent ?? '');

async function open(categories?: string[]) {
  asked.length = 0;
  await act(() => {
    render(<DbContext.Provider value={env.db}><PartnerSearch categories={categories} /></DbContext.Provider>, env.root);
  });
}

/** Answers every search asked so far (a search asked again, the favourites read meanwhile, included). */
const answerAll = () => act(() => asked.splice(0).forEach((a) => a.answer([hit('a', 'Auto-école sociale'), hit('b', 'Garage solidaire')])));
/** Answers the searches asked until `done`. */
async function answerUntil(done: () => boolean) {
  for (const end = Date.now() + 15_000; !done() && Date.now() < end; await new Promise((r) => setTimeout(r, 20))) await answerAll();
  expect(done()).toBe(true);
}

describe('the rows’ reasons while their code is on its way', () => {
  it('typed words: the rows show at once, their reasons join them when the code arrives', async () => {
    await open();
    await waitUntil(() => directory.summaries.mock.calls.length > 0);
    const input = env.root.querySelector<HTMLInputElement>('#search-input')!;
    await act(() => {
      input.value = 'permis';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitUntil(() => asked.some((a) => a.query === 'permis'));
    await answerUntil(() => rows().length === 2);
    expect(reasonsShown()).toEqual(['', '']);
  });

  it('the partners for needs: rows and reasons in one render, never the rows first', async () => {
    await open(['mobilite']);
    await waitUntil(() => asked.length > 0);
    // Every change to the list is noted with what its rows said at that moment.
    const seen: string[][] = [];
    new MutationObserver(() => rows().length > 0 && seen.push(reasonsShown())).observe(env.root, { childList: true, subtree: true, characterData: true });
    for (let i = 0; i < 5; i++) {
      await answerAll();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(rows()).toEqual([]);
    chunk.arrive();
    await answerUntil(() => rows().length === 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.length).toBeGreaterThan(0);
    for (const reasons of seen) expect(reasons).toEqual(['Répond à : Mobilité', 'Répond à : Mobilité']);
  });
});
