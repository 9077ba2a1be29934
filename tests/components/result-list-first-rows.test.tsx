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
});
