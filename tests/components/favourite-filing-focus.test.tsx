// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DbContext } from '../../components/db-context';
import { FavouritesSection } from '../../components/options/FavouritesSection';
import { addGroup, toggleFavourite } from '../../lib/db';
import { useDbAndRoot, waitUntil } from '../support/component-db';

const env = useDbAndRoot();

const namesIn = (label: string) =>
  [...env.root.querySelectorAll('.fav-group')]
    .filter((group) => group.querySelector('h3')?.textContent?.startsWith(label))
    .flatMap((group) => [...group.querySelectorAll('.favourite')].map((row) => row.getAttribute('data-partner-id')));

describe('filing a favourite under a group from its select', () => {
  it('keeps the focus on that favourite’s select once its row has moved under the group, and the next ↓ files it further', async () => {
    await toggleFavourite(env.db, 'ml', 1);
    await toggleFavourite(env.db, 'ft', 2);
    await addGroup(env.db, 'Emploi');
    await addGroup(env.db, 'Santé');
    render(
      <DbContext.Provider value={env.db}>
        <FavouritesSection />
      </DbContext.Provider>,
      env.root,
    );
    await waitUntil(() => env.root.querySelector('#fav-group-ft') !== null);
    const pick = (value: string) => {
      const select = env.root.querySelector<HTMLSelectElement>('#fav-group-ft')!;
      select.focus();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('Emploi');
    await waitUntil(() => namesIn('Emploi').includes('ft'));
    await waitUntil(() => document.activeElement?.id === 'fav-group-ft');
    expect((document.activeElement as HTMLSelectElement).value).toBe('Emploi');

    pick('Santé');
    await waitUntil(() => namesIn('Santé').includes('ft'));
    await waitUntil(() => document.activeElement?.id === 'fav-group-ft');
    // The other favourite stayed where it was.
    expect(namesIn('Sans groupe')).toEqual(['ml']);
  });
});
