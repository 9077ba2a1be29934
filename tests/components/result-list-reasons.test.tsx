// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartnerSummary } from '../../lib/search';
import { waitUntil } from '../support/component-db';

// When the reasons' code is evaluated (it loads as a chunk of its own, components/search/row-reason.ts).
const evaluated = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/search/match-reason', async (original) => {
  evaluated.count++;
  return original();
});
// The idle-time load after the first results is the test's to trigger.
const idle = vi.hoisted(() => ({ runs: [] as (() => void)[] }));
vi.mock('../../components/first-results', async (original) => ({
  ...(await original<typeof import('../../components/first-results')>()),
  afterFirstResults: (run: () => void) => void idle.runs.push(run),
}));
const { ResultList } = await import('../../components/search/ResultList');

const PERMIT = 'mobilite--preparer-un-permis';
const partner = (id: string, nom: string): PartnerSummary =>
  ({ id, nom, commune: 'Sète', code_postal: '34200', telephone: null, horaires_accueil: null, date_maj: '2026-01-10', themes: [PERMIT] }) as unknown as PartnerSummary;

// Issue 20: the rows' reasons need the need lexicon and the taxonomy (~50 KB), off the popup's
// first load; a list of favourites needs none, and rows shown before the code arrives get the
// reason of the query they answer when it does.
describe('ResultList: the rows’ reasons, a chunk of their own', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));
  const show = (partners: PartnerSummary[], query: string) =>
    act(() => {
      render(<ResultList id="list" label="Résultats" partners={partners} active={0} onOpen={() => undefined} onHover={() => undefined} context={{ query }} />, root);
    });
  const reasons = () => [...root.querySelectorAll('[role="option"]')].map((row) => row.querySelector('.result__reason')?.textContent ?? '');

  it('a list without a query loads no reason code until idle time; rows shown before it arrives get their own query’s reason', async () => {
    const partners = [partner('a', 'Auto-école sociale'), partner('b', 'Garage solidaire')];
    show(partners, '');
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(evaluated.count).toBe(0);
    expect(reasons()).toEqual(['', '']);
    // Two keys typed before the code arrived: the rows show no reason meanwhile, then the second query's.
    show(partners, 'garage');
    expect(reasons()).toEqual(['', '']);
    show(partners, 'permis');
    expect(reasons()).toEqual(['', '']);
    await waitUntil(() => reasons()[0] !== '');
    expect(evaluated.count).toBe(1);
    expect(reasons()).toEqual(['Trouvé pour : Préparer un permis', 'Trouvé pour : Préparer un permis']);
    // « garage » names mobility for the first; the second's name answers it: no reason.
    show(partners, 'garage');
    expect(reasons()).toEqual(['Trouvé pour : Mobilité', '']);
    // The idle-time load asked for by the first list finds the code there.
    idle.runs.forEach((run) => run());
    expect(evaluated.count).toBe(1);
  });
});
