import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { FIND_PARTNER_MENU_ID, findPartnerMenuItem, openNeedsPanel, type PanelOpeners } from '../../lib/needs/panel';
import { saveSelection, selectionFromClick } from '../../lib/needs/menu-selection';
import { listenCaseEvents } from '../../lib/case-file/case-events';
import type { CaseFile } from '../../lib/case-file/background-case';
import type { OmniboxDisposition } from '../../lib/omnibox/handlers';
import { onWarmAlarm } from '../../lib/search/keep-warm';
import type { Services } from './services';

/** Firefox: how long after a wake the services start if no event asked for them (a cold popup is ready in ~0.3 s). */
const SERVICES_AFTER_WAKE_MS = 2000;

/**
 * Every listener is registered here, at once (an event page's or service worker's events are
 * lost otherwise); what answers them loads with the first event that needs it. Firefox wakes its
 * event page for any tab's load (« Pour ce dossier » follows its tabs): such a wake loads neither
 * the case file (./case-file.ts, unless the tab has one) nor, until the page has loaded, the
 * database, the directory import and the search code (./services.ts), which weighed 450 KB
 * evaluated on the extension's thread, ahead of the page the counsellor was opening (issue 20).
 * Firefox's event page is an ES module and loads them as chunks; Chrome's service worker may not
 * import dynamically: its build inlines them, and it starts the services at once (its search host
 * opens at start).
 */
export default defineBackground({
  type: { firefox: 'module' },
  main() {
    let caseFile: Promise<CaseFile> | undefined;
    let services: Promise<Services> | undefined;
    const loadCaseFile = (): Promise<CaseFile> =>
      (caseFile ??= import('./case-file').then(({ startCaseFile }) =>
        startCaseFile(async (): Promise<string[]> => (await loadServices()).subscriptionUrls()),
      ));
    const loadServices = (): Promise<Services> =>
      (services ??= Promise.all([import('./services'), loadCaseFile()]).then(([{ startServices }, c]) => startServices(c)));
    // Chrome: at once (its search host opens at start). Firefox: whatever woke the event page, the
    // services (the index kept current as the directory and contacts change, interrupted refreshes
    // recorded, the structure's policy applied) start once the page that woke it has loaded, not
    // ahead of it, unless an event needs them sooner.
    if (!import.meta.env.FIREFOX) void loadServices();
    else setTimeout(() => void loadServices(), SERVICES_AFTER_WAKE_MS);

    listenCaseEvents(browser, { loaded: () => caseFile !== undefined, load: loadCaseFile });

    const route = async (message: unknown, sender: Browser.runtime.MessageSender) => (await loadServices()).route(message, sender);
    browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
    // The end-to-end test sends forged messages through the same router (reachable only by the extension).
    Object.assign(globalThis, { repereRoute: route });
    browser.alarms.onAlarm.addListener((alarm) => {
      // Firefox's working window (lib/search/keep-warm.ts): its alarms load nothing.
      if (import.meta.env.FIREFOX && onWarmAlarm(alarm.name, browser.alarms)) return;
      void loadServices().then((s) => s.onAlarm(alarm.name));
    });
    // The structure's policy (lib/managed): again whenever it changes, and when an origin it waits for is granted.
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') void loadServices().then((s) => s.managed.apply());
    });
    browser.permissions.onAdded.addListener(() => void loadServices().then((s) => s.managed.retryGranted()));

    // Right-click "Trouver un partenaire pour « … »": the selection arrives with the click, so no
    // host permission is needed. It goes to the panel through storage.session (memory only).
    // Handled here, not loaded: the panel opens only within the user's click.
    const menuItem = findPartnerMenuItem(t('menuFindPartner'));
    const firefoxSidebar = (browser as unknown as { sidebarAction?: PanelOpeners['sidebarAction'] }).sidebarAction;
    const openers: PanelOpeners = {
      sidePanel: browser.sidePanel,
      sidebarAction: firefoxSidebar,
      openWindow: () => browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html'), type: 'popup', width: 440, height: 680 }),
    };
    function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
      if (info.menuItemId !== FIND_PARTNER_MENU_ID) return;
      const text = selectionFromClick(info);
      if (!text) return;
      void saveSelection(browser.storage.session, text, Date.now());
      // Not awaited before: the side panel opens only within the user's click.
      void openNeedsPanel(openers, { windowId: tab?.windowId });
    }
    browser.contextMenus.onClicked.addListener(onMenuClick);
    // Native context menus cannot be clicked by an automated browser: the end-to-end test calls
    // this same handler from the service worker (reachable only by the extension itself).
    Object.assign(globalThis, { repereContextMenu: { item: menuItem, onClicked: onMenuClick } });

    // The address bar keyword `rp` (manifest `omnibox`). The e2e test calls these handlers from the service worker.
    const omnibox = {
      onInputChanged: (text: string, suggest: Parameters<Services['omnibox']['onInputChanged']>[1]) =>
        void loadServices().then((s) => s.omnibox.onInputChanged(text, suggest)),
      onInputEntered: async (text: string, disposition?: OmniboxDisposition) => (await loadServices()).omnibox.onInputEntered(text, disposition),
    };
    browser.omnibox.setDefaultSuggestion({ description: t('omniboxDefault') });
    browser.omnibox.onInputChanged.addListener(omnibox.onInputChanged);
    browser.omnibox.onInputEntered.addListener((text, disposition) => void omnibox.onInputEntered(text, disposition));
    Object.assign(globalThis, { repereOmnibox: omnibox });

    browser.runtime.onInstalled.addListener(({ reason }) => void loadServices().then((s) => s.onInstalled(reason)));
    browser.runtime.onStartup.addListener(() => void loadServices().then((s) => s.onStartup()));
  },
});
