// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { memo } from '../../components/memo';

// components/memo.ts: React's `memo` on Preact's core (issue 20: preact/compat out of every page).
describe('memo', () => {
  const root = document.createElement('div');
  document.body.append(root);

  it('renders again only when a prop changed, and shows the new props when it does', () => {
    let renders = 0;
    const Row = memo(function Row({ name, reason }: { name: string; reason?: string }) {
      renders++;
      return <p>{name}{reason && ` — ${reason}`}</p>;
    });
    const show = (name: string, reason?: string, other = 0) => render(<div data-other={other}><Row name={name} reason={reason} /></div>, root);
    show('Garage solidaire');
    expect(renders).toBe(1);
    show('Garage solidaire', undefined, 1);
    show('Garage solidaire', undefined, 2);
    expect(renders).toBe(1);
    expect(root.textContent).toBe('Garage solidaire');
    show('Garage solidaire', 'Mobilité');
    expect(renders).toBe(2);
    expect(root.textContent).toBe('Garage solidaire — Mobilité');
    show('Auto-école sociale', 'Mobilité');
    expect(renders).toBe(3);
    expect(root.textContent).toBe('Auto-école sociale — Mobilité');
    // A prop that goes away is a change too.
    show('Auto-école sociale');
    expect(renders).toBe(4);
    expect(root.textContent).toBe('Auto-école sociale');
    render(null, root);
  });
});
