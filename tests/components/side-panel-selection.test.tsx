// @vitest-environment happy-dom
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SELECTION_KEY } from '../../lib/needs/selection';
import { waitUntil } from '../support/component-db';

/** Each needs panel the side panel mounts, with the selection it was given. */
const mounted: (string | undefined)[] = [];
vi.mock('../../components/panel/NeedsPanel', () => ({
  NeedsPanel: ({ selection }: { selection?: { text: string } }) => {
    useEffect(() => void mounted.push(`mount:${selection?.text ?? ''}`), []);
    return <p class="needs">{selection?.text ?? 'favoris'}</p>;
  },
}));
vi.mock('../../components/panel/CaseFilePanel', () => ({ CaseFilePanel: () => null }));
const { App } = await import('../../entrypoints/sidepanel/App');

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  mounted.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  vi.restoreAllMocks();
  render(null, root);
  root.remove();
});

describe('the side panel opened by a right-click', () => {
  it('shows the needs of the stored selection first, never the favourites it would swap a moment later', async () => {
    await fakeBrowser.storage.session.set({ [SELECTION_KEY]: { text: 'dette de loyer', at: 1 } });
    // The read of storage.session is slow: the panel shows nothing meanwhile.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation((async (keys: never) => {
      await held;
      return get(keys);
    }) as never);
    render(<App />, root);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector('.needs')).toBeNull();
    release();
    // Effects run after the paint: wait for the mount to be counted, then check it was the only one.
    await waitUntil(() => root.querySelector('.needs')?.textContent === 'dette de loyer' && mounted.includes('mount:dette de loyer'));
    expect(mounted).toEqual(['mount:dette de loyer']);
  });

  it('opened alone, it is the search once the empty store is read; a right-click while it is open starts afresh', async () => {
    render(<App />, root);
    await waitUntil(() => root.querySelector('.needs')?.textContent === 'favoris');
    await fakeBrowser.storage.session.set({ [SELECTION_KEY]: { text: 'permis de conduire', at: 2 } });
    await waitUntil(() => root.querySelector('.needs')?.textContent === 'permis de conduire' && mounted.length === 2);
    expect(mounted).toEqual(['mount:', 'mount:permis de conduire']);
  });

  it('a right-click told while the first read is on its way wins over what that read returns', async () => {
    await fakeBrowser.storage.session.set({ [SELECTION_KEY]: { text: 'ancienne sélection', at: 1 } });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const get = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    const before = await get(SELECTION_KEY);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation((async () => {
      await held;
      return before;
    }) as never);
    render(<App />, root);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await fakeBrowser.storage.session.set({ [SELECTION_KEY]: { text: 'nouvelle sélection', at: 3 } });
    await waitUntil(() => root.querySelector('.needs')?.textContent === 'nouvelle sélection');
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector('.needs')?.textContent).toBe('nouvelle sélection');
  });
});
