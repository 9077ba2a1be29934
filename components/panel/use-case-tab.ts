import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages';
import { tabStateKey, type TabCaseState } from '../../lib/case-file/tab-needs';
import { originOf } from '../../lib/case-file/sites';

export interface CaseTab {
  tabId: number;
  /** The tab's web origin when the browser lets the extension see it (activeTab, enabled site). */
  origin?: string;
}

/** `?tab=<id>`: the tab a page opened in a tab of its own serves (tests open the popup that way). */
function tabFromAddress(): number | undefined {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

async function activeTab(): Promise<CaseTab | undefined> {
  const forced = tabFromAddress();
  if (forced !== undefined) {
    const tab = await browser.tabs.get(forced).catch(() => undefined);
    return { tabId: forced, origin: originOf(tab?.url) };
  }
  // The browser window's active tab, also when this page is the fallback panel window (a popup window).
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  const [tab] = await browser.tabs.query(window?.id !== undefined ? { active: true, windowId: window.id } : { active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return undefined;
  return { tabId: tab.id, origin: originOf(tab.url) };
}

/** The tab the popup or side panel serves; the side panel follows the active tab as it changes. */
export function useActiveTab(follow: boolean): CaseTab | undefined {
  const [tab, setTab] = useState<CaseTab>();
  useEffect(() => {
    let alive = true;
    const update = () => void activeTab().then((found) => alive && setTab(found));
    update();
    if (!follow || tabFromAddress() !== undefined) return () => void (alive = false);
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => (change.url || change.status) && update();
    browser.tabs.onActivated.addListener(update);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows.onFocusChanged.addListener(update);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(update);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(update);
    };
  }, [follow]);
  return tab;
}

/** The needs the background holds for a tab (storage.session, ids only), kept current. */
export function useCaseTabState(tabId: number | undefined): { state: TabCaseState | null; siteEnabled: boolean } | undefined {
  const [value, setValue] = useState<{ state: TabCaseState | null; siteEnabled: boolean }>();
  useEffect(() => {
    setValue(undefined);
    if (tabId === undefined) return;
    let alive = true;
    const load = () =>
      void sendMessage({ type: 'case:tab-state', tabId }).then(
        (result) => alive && setValue(result as { state: TabCaseState | null; siteEnabled: boolean }),
        () => alive && setValue({ state: null, siteEnabled: false }),
      );
    load();
    const key = tabStateKey(tabId);
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'session' && key in changes && load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return value;
}
