// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_ROWS, ResultList } from '../../components/search/ResultList';
import type { PartnerSummary } from '../../lib/search';
import { waitUntil } from '../support/component-db';

const partner = (i: number): PartnerSummary =>
  ({ id: `p${i}`, nom: `Partenaire ${i}`, commune: 'Sète', code_postal: '34200', telephone: null, horaires_accueil: null, date_maj: '2026-01-10', themes: [] }) as unknown as PartnerSummary;

// Issue 20, « first open »: thirty rows rendered in one task made the popup's first row wait for
// the thirtieth. A new list shows its first rows, the rest on the next frame.
describe('ResultList: a long new list', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));
  const options = () => root.querySelectorAll('[role="option"]').length;

  it('renders its first rows at once, then every row', async () => {
    const partners = Array.from({ length: 30 }, (_, i) => partner(i));
    act(() => {
      render(<ResultList id="list" label="Résultats" partners={partners} active={0} onOpen={() => undefined} onHover={() => undefined} />, root);
    });
    expect(FIRST_ROWS).toBeLessThan(30);
    expect(options()).toBe(FIRST_ROWS);
    expect(root.querySelector('[role="option"]')?.textContent).toContain('Partenaire 0');
    await waitUntil(() => options() === 30);
  });

  it('renders a short list whole', () => {
    act(() => {
      render(<ResultList id="list" label="Résultats" partners={[partner(1), partner(2)]} active={0} onOpen={() => undefined} onHover={() => undefined} />, root);
    });
    expect(options()).toBe(2);
  });

  it('at the next key, shows the new first rows and the rows it keeps at once, the new others on the next frame', async () => {
    const first = Array.from({ length: 30 }, (_, i) => partner(i));
    const show = (partners: PartnerSummary[], active = 0) =>
      act(() => {
        render(<ResultList id="list" label="Résultats" partners={partners} active={active} onOpen={() => undefined} onHover={() => undefined} />, root);
      });
    show(first);
    await waitUntil(() => options() === 30);
    const kept = root.querySelector('#list-option-20');
    // The next key: ten new partners lead, the first list's twenty last follow (rows 10 to 29).
    const next = [...Array.from({ length: 10 }, (_, i) => partner(100 + i)), ...first.slice(10)];
    show(next);
    const names = () => [...root.querySelectorAll('[role="option"] .result__name')].map((node) => node.textContent);
    expect(names().slice(0, FIRST_ROWS)).toEqual(next.slice(0, FIRST_ROWS).map((p) => p.nom));
    // Partenaires 100 to 107, then the twenty kept rows (their DOM reused), not yet 108 and 109.
    expect(options()).toBe(FIRST_ROWS + 20);
    expect(names()).not.toContain('Partenaire 108');
    expect(root.querySelector('#list-option-20')?.textContent).toContain('Partenaire 20');
    expect(kept?.isConnected).toBe(true);
    // Each option keeps its place in the whole list: its id and the active option do not move.
    expect(root.querySelector('[aria-selected="true"] .result__name')?.textContent).toBe('Partenaire 100');
    await waitUntil(() => options() === 30);
    expect(names()).toEqual(next.map((p) => p.nom));
  });
});
