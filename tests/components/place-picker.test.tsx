// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlaceOption } from '../../lib/geography';
import { PlacePicker } from '../../components/options/PlacePicker';
import { waitUntil } from '../support/component-db';

const SETE: PlaceOption = { kind: 'commune', code: '34301', label: 'Sète (34) — 34200' };
const THAU: PlaceOption = { kind: 'epci', code: '200066355', label: 'CA Sète Agglopôle Méditerranée (EPCI)' };
const SEILLANS: PlaceOption = { kind: 'commune', code: '83124', label: 'Seillans (83) — 83440' };

/** A geography whose answers come when the test says (the worker answering late or out of order). */
function slowGeography() {
  const asked: Array<{ query: string; answer: (options: PlaceOption[]) => void }> = [];
  return {
    asked,
    geography: { search: (query: string) => new Promise<PlaceOption[]>((answer) => asked.push({ query, answer })) },
    answer: (query: string, options: PlaceOption[]) => asked.find((a) => a.query === query)!.answer(options),
  };
}

let root: HTMLElement;
let picked: PlaceOption[];
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  picked = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const input = () => root.querySelector<HTMLInputElement>('#place-input')!;
const labels = () => [...root.querySelectorAll('[role="option"] .result__name')].map((el) => el.textContent);
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
function type(value: string) {
  input().value = value;
  input().dispatchEvent(new Event('input', { bubbles: true }));
}
const press = (key: string) => input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const tick = () => new Promise((r) => setTimeout(r, 0));

/** The picker on a slow geography, `typed` in its box and asked of the worker. */
async function pickerAsked(typed: string) {
  const slow = slowGeography();
  render(<PlacePicker geography={slow.geography} onPick={(o) => picked.push(o)} />, root);
  type(typed);
  await waitUntil(() => slow.asked.length === 1);
  return slow;
}

describe('the territory picker, searched by a worker', () => {
  it('never shows the places of a query no longer in the box, even when they come last', async () => {
    const slow = await pickerAsked('se');
    type('set');
    await waitUntil(() => slow.asked.length === 2);
    slow.answer('set', [SETE, THAU]);
    await waitUntil(() => labels().length === 2);
    slow.answer('se', [SEILLANS, SETE, THAU]);
    await tick();
    await tick();
    expect(labels()).toEqual([SETE.label, THAU.label]);
  });

  it('Enter pressed before the places arrive picks the first place of what is in the box', async () => {
    const slow = await pickerAsked('sete');
    press('Enter');
    await tick();
    expect(picked).toEqual([]);
    slow.answer('sete', [SETE, THAU]);
    await waitUntil(() => picked.length === 1);
    expect(picked).toEqual([SETE]);
    expect(input().value).toBe('');
  });

  it('says a query found no place only once the worker answered it', async () => {
    const slow = await pickerAsked('zzz');
    await tick();
    expect(status()).toBe('');
    slow.answer('zzz', []);
    await waitUntil(() => status() !== '');
    expect(status()).toContain('zzz');
  });
});
