// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartnerSummary } from '../../lib/search';

// Counts the match-reason work while keeping the real answers.
vi.mock('../../lib/search/match-reason', async (original) => {
  const actual = await original<typeof import('../../lib/search/match-reason')>();
  return { ...actual, matchReasons: vi.fn(actual.matchReasons) };
});
const { matchReasons } = await import('../../lib/search/match-reason');
const { ResultList } = await import('../../components/search/ResultList');
const { loadRowReasons } = await import('../../components/search/row-reason');

const partner = (id: string, nom: string): PartnerSummary =>
  ({ id, nom, commune: 'Sète', code_postal: '34200', telephone: null, horaires_accueil: 'Mo-Fr 09:00-12:00', date_maj: '2026-01-10', themes: ['mobilite--preparer-un-permis'] }) as unknown as PartnerSummary;

describe('ResultList (issue 20: rows change only when they must)', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  it('works out a row’s reasons once per record and query: moving the active row re-renders no row’s facts', async () => {
    // The reasons' code is a chunk of its own (tests/components/result-list-reasons.test.tsx): here it has arrived.
    await loadRowReasons();
    const partners = [partner('a', 'Auto-école sociale'), partner('b', 'Garage solidaire'), partner('c', 'Plateforme mobilité')];
    const context = { query: 'permis' };
    const show = (active: number) =>
      render(<ResultList id="list" label="Résultats" partners={partners} active={active} onOpen={() => undefined} onHover={() => undefined} context={context} />, root);
    show(0);
    expect(vi.mocked(matchReasons)).toHaveBeenCalledTimes(3);
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(3);
    expect(root.querySelector('.result__reason')?.textContent).toContain('permis');
    show(1);
    show(2);
    expect(vi.mocked(matchReasons)).toHaveBeenCalledTimes(3);
    expect(root.querySelector('[aria-selected="true"] .result__name')?.textContent).toBe('Plateforme mobilité');
    // A new query is new work for each row.
    render(<ResultList id="list" label="Résultats" partners={partners} active={0} onOpen={() => undefined} onHover={() => undefined} context={{ query: 'garage' }} />, root);
    expect(vi.mocked(matchReasons)).toHaveBeenCalledTimes(6);
  });
});
