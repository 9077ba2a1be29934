import type { Browser } from 'wxt/browser';
import type { CaseFile } from './background-case';
import { tabStateKey } from './tab-needs';

type CaseEvents = Pick<CaseFile, 'onTabUpdated' | 'onTabRemoved' | 'onPermissionsAdded' | 'onPermissionsRemoved'>;

interface EventBrowser {
  tabs: {
    onUpdated: { addListener(callback: (tabId: number, change: Browser.tabs.OnUpdatedInfo) => void): void };
    onRemoved: { addListener(callback: (tabId: number) => void): void };
  };
  permissions: {
    onAdded: { addListener(callback: (p: { origins?: string[] }) => void): void };
    onRemoved: { addListener(callback: (p: { origins?: string[] }) => void): void };
  };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

/** The case file once started (`loaded`), or started now (`load`). */
export interface CaseFileLoader {
  loaded(): boolean;
  load(): Promise<CaseEvents>;
}

/**
 * The tab and permission events of « Pour ce dossier », registered at once when the background
 * starts (an event page's listeners must be, or the events that wake it are lost). Firefox wakes
 * its event page for any tab's load: the case file (90 KB with the message schemas) is started
 * only for a tab it holds something for. Before it starts, it holds nothing in memory, so a tab
 * matters only if this session stored a state for it (a badge, needs read): without one, its
 * update or closing changes nothing (lib/case-file/background-case.ts, onTabUpdated).
 */
export function listenCaseEvents(browser: EventBrowser, caseFile: CaseFileLoader): void {
  async function forTab(tabId: number): Promise<CaseEvents | undefined> {
    if (caseFile.loaded()) return caseFile.load();
    const key = tabStateKey(tabId);
    return key in (await browser.storage.session.get(key)) ? caseFile.load() : undefined;
  }
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Without `tabs` permission the new address comes only for pages Repère may read: a load
    // without one is the tab leaving for another site.
    if (change.url || change.status === 'loading') void forTab(tabId).then((c) => c?.onTabUpdated(tabId, change.url, change.status === 'loading'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forTab(tabId).then((c) => c?.onTabRemoved(tabId)));
  browser.permissions.onAdded.addListener((p) => void caseFile.load().then((c) => c.onPermissionsAdded(p.origins ?? [])));
  // Access withdrawn clears the tabs the case file holds in memory: none before it starts.
  browser.permissions.onRemoved.addListener((p) => {
    if (caseFile.loaded()) void caseFile.load().then((c) => c.onPermissionsRemoved(p.origins ?? []));
  });
}
