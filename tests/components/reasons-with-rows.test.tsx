// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PartnerSummary, SearchHit } from '../../lib/search';
import { useDbAndRoot, waitUntil } from '../support/component-db';

// Issue 20: the rows' reasons are a chunk of their own (components/search/row-reason.ts). A list
// answering words comes with its reasons, in one render: rows without them, growing a line a
// moment later, would move under the counsellor's eyes. The chunk arrives when the test says so.
const chunk = vi.hoisted(() => {
  let arrive!: () => void;
  return { arrived: new Promise<void>((resolve) => (arrive = resolve)), arrive: () => arrive() };
});
vi.mock('../../lib/search/match-reason', async (original) => {
  await chunk.arrived;
  return original();
});
const asked: Array<{ query: string; answer: (hits: SearchHit<PartnerSummary>[]) => void }> = [];
const directory = {
  search: vi.fn((query: string) => new Promise<SearchHit<PartnerSummary>[]>((answer) => asked.push({ query, answer }))),
  summaries: vi.fn(async () => []),
  load: vi.fn(async () => undefined),
};
vi.mock('../../components/search/use-directory', () => ({ useDirectory: () => directory }));
vi.mock('../../components/search/lazy-reference', () => ({ useReferenceParts: () => undefined, referenceParts: () => undefined, loadReference: async () => undefined }));
const { DbContext } = await import('../../components/db-context');
const { PartnerSearch } = await import('../../components/search/PartnerSearch');

const env = useDbAndRoot();
const PERMIT = 'mobilite--preparer-un-permis';
const hit = (id: string, nom: string): SearchHit<PartnerSummary> => ({
  partner: { id, nom, commune: 'Sète', code_postal: '34200', reseaux_porteurs: [], telephone: null, horaires_accueil: null, themes: [PERMIT] } as unknown as PartnerSummary,
  score: 0.1,
});

describe('a list answering words, while the reasons’ code is on its way', () => {
  it('shows its rows with their reasons in one render, not the rows first', async () => {
    await act(() => {
      render(<DbContext.Provider value={env.db}><PartnerSearch /></DbContext.Provider>, env.root);
    });
    await waitUntil(() => directory.summaries.mock.calls.length > 0);
    const input = env.root.querySelector<HTMLInputElement>('#search-input')!;
    await act(() => {
      input.value = 'permis';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitUntil(() => asked.some((a) => a.query === 'permis'));
    const rows = () => [...env.root.querySelectorAll('[role="option"]')];
    // Every change to the list is noted with what its rows said at that moment.
    const seen: string[][] = [];
    new MutationObserver(() => {
      if (rows().length > 0) seen.push(rows().map((row) => row.querySelector('.result__reason')?.textContent ?? ''));
    }).observe(env.root, { childList: true, subtree: true, characterData: true });
    await act(() => asked.filter((a) => a.query === 'permis').forEach((a) => a.answer([hit('a', 'Auto-école sociale'), hit('b', 'Garage solidaire')])));
    await new Promise((r) => setTimeout(r, 50));
    expect(rows()).toEqual([]);
    chunk.arrive();
    await waitUntil(() => rows().length === 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.length).toBeGreaterThan(0);
    for (const reasons of seen) expect(reasons).toEqual(['Trouvé pour : Préparer un permis', 'Trouvé pour : Préparer un permis']);
  });
});
