import { describe, expect, it, vi } from 'vitest';
import { listenCaseEvents } from '../../lib/case-file/case-events';
import { tabStateKey } from '../../lib/case-file/tab-needs';

type Listener = (...args: never[]) => void;

/** The events a background registers, fired by hand; storage.session in memory. */
function fakeBrowser(stored: Record<string, unknown> = {}) {
  const listeners = new Map<string, Listener>();
  const event = (name: string) => ({ addListener: (fn: Listener) => void listeners.set(name, fn) });
  const browser = {
    tabs: { onUpdated: event('tabs.onUpdated'), onRemoved: event('tabs.onRemoved') },
    permissions: { onAdded: event('permissions.onAdded'), onRemoved: event('permissions.onRemoved') },
    storage: { session: { get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}) } },
  };
  const fire = async (name: string, ...args: unknown[]) => {
    (listeners.get(name) as (...a: unknown[]) => void)(...args);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { browser, fire, listeners };
}

function loader() {
  const caseFile = { onTabUpdated: vi.fn(), onTabRemoved: vi.fn(), onPermissionsAdded: vi.fn(), onPermissionsRemoved: vi.fn() };
  let started = false;
  const load = vi.fn(async () => {
    started = true;
    return caseFile;
  });
  return { caseFile, loader: { loaded: () => started, load } };
}

describe('the case file’s tab and permission events', () => {
  it('are all registered at once, before anything loads', () => {
    const { browser, listeners } = fakeBrowser();
    const { loader: l } = loader();
    listenCaseEvents(browser, l);
    expect([...listeners.keys()].sort()).toEqual(['permissions.onAdded', 'permissions.onRemoved', 'tabs.onRemoved', 'tabs.onUpdated']);
    expect(l.load).not.toHaveBeenCalled();
  });

  it('leave the case file unloaded for a tab it holds nothing for (an extension page opening, another site)', async () => {
    const { browser, fire } = fakeBrowser();
    const { loader: l } = loader();
    listenCaseEvents(browser, l);
    await fire('tabs.onUpdated', 7, { status: 'loading', url: 'moz-extension://x/popup.html' });
    await fire('tabs.onUpdated', 7, { status: 'loading' });
    await fire('tabs.onRemoved', 7);
    await fire('permissions.onRemoved', { origins: ['https://suivi.example.fr/*'] });
    expect(l.load).not.toHaveBeenCalled();
  });

  it('start it for a tab with a stored state, and hand every later event to it', async () => {
    const { browser, fire } = fakeBrowser({ [tabStateKey(4)]: { needs: [] } });
    const { caseFile, loader: l } = loader();
    listenCaseEvents(browser, l);
    await fire('tabs.onUpdated', 4, { status: 'loading' });
    expect(caseFile.onTabUpdated).toHaveBeenCalledWith(4, undefined, true);
    await fire('tabs.onUpdated', 9, { url: 'https://suivi.example.fr/dossier/2' });
    expect(caseFile.onTabUpdated).toHaveBeenLastCalledWith(9, 'https://suivi.example.fr/dossier/2', false);
    await fire('tabs.onRemoved', 9);
    expect(caseFile.onTabRemoved).toHaveBeenCalledWith(9);
    await fire('permissions.onRemoved', { origins: ['https://suivi.example.fr/*'] });
    expect(caseFile.onPermissionsRemoved).toHaveBeenCalledWith(['https://suivi.example.fr/*']);
  });

  it('start it when access is granted (a site may wait for it), and ignore updates that carry nothing', async () => {
    const { browser, fire } = fakeBrowser();
    const { caseFile, loader: l } = loader();
    listenCaseEvents(browser, l);
    await fire('tabs.onUpdated', 3, { title: 'Dossier' });
    expect(l.load).not.toHaveBeenCalled();
    await fire('permissions.onAdded', { origins: ['https://suivi.example.fr/*'] });
    expect(caseFile.onPermissionsAdded).toHaveBeenCalledWith(['https://suivi.example.fr/*']);
  });
});
