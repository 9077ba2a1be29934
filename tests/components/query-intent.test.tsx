// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DbContext } from '../../components/db-context';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import { useDbAndRoot } from '../support/component-db';

const env = useDbAndRoot();

// Issue 23: Esc then an immediate popup close brought the last query back (3 of 8): the popup
// learnt of the change in a deferred effect, which a close could beat. The intent is now told in
// the key's own handler, before the event returns.
describe('the query told to the popup', () => {
  it('is told while the key is handled: typing, then Esc', async () => {
    const told = vi.fn();
    await act(() => {
      render(<DbContext.Provider value={env.db}><PartnerSearch onQueryChange={told} /></DbContext.Provider>, env.root);
    });
    const input = env.root.querySelector<HTMLInputElement>('#search-input')!;
    told.mockClear();
    input.value = 'mission locale';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(told).toHaveBeenLastCalledWith('mission locale');
    await act(() => undefined);
    told.mockClear();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(told).toHaveBeenLastCalledWith('');
  });
});
