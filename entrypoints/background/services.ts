import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { RepereDB, ensureStarterDirectory, refreshSearchSnapshot, searchIndexInputs } from '../../lib/db';
import { t } from '../../lib/i18n';
import { createMessageRouter, type Handlers } from '../../lib/messages';
import { findPartnerMenuItem } from '../../lib/needs/panel';
import { FOLLOW_UP_ALARM, ensureFollowUpAlarm, reminderDeps, runFollowUpCheck, type ReminderBrowser } from '../../lib/partnership';
import { createSourceHandlers, ensureRefreshAlarm } from '../../lib/import/background-sources';
import { recoverInterruptedRefreshes } from '../../lib/import/interrupted';
import { SEARCH_CHANNEL, announceNewIndex } from '../../lib/search/search-channel';
import { ensureSearchHost, keepSearchWorker, type HostApis } from '../../lib/search/search-host';
import { extendWarmWindow } from '../../lib/search/keep-warm';
import { caseFileHandlers } from '../../lib/case-file/background-wiring';
import type { CaseFile } from '../../lib/case-file/background-case';
import { createOmniboxHandlers } from '../../lib/omnibox/handlers';
import { createOmniboxSearch } from '../../lib/omnibox/search';
import { loadEffectiveSettings, territoryCodes } from '../../lib/settings';
import { wireManagedPolicy } from '../../lib/managed/background-managed';
import { pageOnInstalled } from '../../lib/options/groups';

/**
 * Everything the background does besides « Pour ce dossier »'s tab events: the database, the
 * search index, subscriptions, the structure's policy, reminders, the address bar, the message
 * router. Started once, by the first event that needs it (entrypoints/background/index.ts): in
 * Firefox a wake for a tab's load does not pay for it (issue 20).
 */
export function startServices(caseFile: CaseFile) {
  const db = new RepereDB();

  // The embedded starter directory makes the extension useful before any import; it is
  // (re)loaded when the extension is installed or updated, never over the counsellor's data.
  async function loadStarter() {
    const revision = browser.runtime.getManifest().version;
    const { problems } = await ensureStarterDirectory(
      db,
      async () => (await fetch(browser.runtime.getURL('/data/starter-directory.json'))).json(),
      revision,
    );
    if (problems.length > 0) console.warn(`Repère: ${problems.length} problem(s) in the starter directory`);
  }

  // The search index lives in IndexedDB, rebuilt here whenever the directory or the counsellor's
  // own contacts change: building it takes ~0.4 s at 10,000 partners and ~4 s at 100,000, far
  // over the popup's 100 ms. The background builds it off the interface thread; in Chrome the
  // search host (an offscreen document's worker) keeps it in memory and answers the popup and
  // the side panel at once. In Firefox this event page starts that worker itself when a popup or
  // the sidebar opens, and keeps it while it is alive; once it is suspended, pages read the
  // stored index themselves.
  const hostApis: HostApis = {
    offscreen: (browser as unknown as { offscreen?: HostApis['offscreen'] }).offscreen,
    getContexts: browser.runtime.getContexts ? (filter) => browser.runtime.getContexts(filter as never) : undefined,
    startWorker: () => keepSearchWorker(),
  };
  const searchChannel = new BroadcastChannel(SEARCH_CHANNEL);
  async function refreshIndex(): Promise<boolean> {
    const rebuilt = await refreshSearchSnapshot(db);
    if (rebuilt) announceNewIndex(searchChannel);
    return rebuilt;
  }
  liveQuery(() => searchIndexInputs(db)).subscribe({
    next: () => void refreshIndex().catch((error: unknown) => console.warn('Repère: search index not rebuilt', error)),
  });
  // Chrome opens the host at once. Firefox starts the worker (megabytes read) only when a page
  // that searches asks (search:refresh-index).
  if (hostApis.offscreen) void ensureSearchHost(hostApis);

  // Subscriptions are fetched here only, and only from an origin the counsellor granted. A refresh
  // still marked as running from before this start was cut short: it is recorded as interrupted.
  void recoverInterruptedRefreshes(db, Date.now()).catch(() => undefined);
  const sources = createSourceHandlers(db, {
    fetch: (url, init) => fetch(url, init),
    hasPermission: (permission) => browser.permissions.contains({ origins: [permission] }),
  });

  // What the structure presets by policy (lib/managed): applied now and whenever it changes,
  // through the same subscription and « Sites de suivi » paths as the counsellor's clicks.
  const managed = wireManagedPolicy(browser as never, db, {
    subscribe: (url, label, coordinatorEmail) => sources.subscribe(url, label, coordinatorEmail),
    enableSite: (origin) => caseFile.enableSite(origin),
    enabledSites: async () => (await caseFile.listSites()).filter((site) => site.granted).map((site) => site.origin),
  });
  void managed.apply();

  const handlers: Handlers = {
    ...caseFileHandlers(caseFile),
    'case:enable-site': async (message) => {
      await managed.checkCaseSite(message.origin);
      return caseFile.enableSite(message.origin);
    },
    'case:disable-site': async (message) => {
      await managed.checkCaseSiteRemoval(message.origin);
      return caseFile.disableSite(message.origin);
    },
    'core:ping': () => ({ version: browser.runtime.getManifest().version }),
    'sources:subscribe': async (message) => {
      await managed.checkSubscribe(message.url);
      return sources.subscribe(message.url, message.label, message.coordinatorEmail);
    },
    'sources:subscribe-national': async (message) => {
      await managed.checkNational();
      return sources.subscribeNational(message.token, message.departement);
    },
    'sources:refresh': (message) => sources.refresh(message.sourceId),
    'search:refresh-index': async () => {
      void ensureSearchHost(hostApis);
      // Firefox: the event page, and the index its worker holds, stay awake for the interview.
      if (!hostApis.offscreen) extendWarmWindow(browser.alarms, Date.now());
      return { rebuilt: await refreshIndex() };
    },
  };
  const route = createMessageRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  });

  // Partnerships: a daily count of what is due; a notification only if the counsellor turned it on.
  const reminders = reminderDeps(browser as unknown as ReminderBrowser, { title: t('followNotifyTitle'), message: (n) => t(n === 1 ? 'followPopupOne' : 'followPopupMany', n) });

  // The address bar keyword `rp` (manifest `omnibox`): partners as the counsellor types, Enter
  // opens the card in a tab.
  const omnibox = createOmniboxHandlers({
    search: createOmniboxSearch(db),
    territory: async () => territoryCodes(await loadEffectiveSettings()),
    markup: !import.meta.env.FIREFOX,
    national: t('omniboxNational'),
    openTab: (path, disposition) => {
      const url = browser.runtime.getURL(path as `/card.html${string}`);
      return disposition === 'currentTab' ? browser.tabs.update({ url }) : browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
    },
  });

  async function registerMenu() {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create(findPartnerMenuItem(t('menuFindPartner')), () => void browser.runtime.lastError);
  }

  return {
    route,
    omnibox,
    managed,
    subscriptionUrls: async () => (await db.sources.where('kind').equals('url').toArray()).flatMap((s) => (s.url ? [s.url] : [])),
    onAlarm(name: string) {
      void sources.onAlarm(name);
      if (name === FOLLOW_UP_ALARM) void runFollowUpCheck(db, reminders);
    },
    onInstalled(reason: Parameters<typeof pageOnInstalled>[0]) {
      // A first install opens the three-step welcome (territory, local directory, what it holds);
      // an update or a browser update opens nothing.
      const welcome = pageOnInstalled(reason);
      if (welcome) void browser.tabs.create({ url: browser.runtime.getURL(welcome) });
      void loadStarter();
      // The page reader's file may have moved with the update: enabled sites are registered again.
      void caseFile.refreshRegistrations();
      void registerMenu();
      void ensureRefreshAlarm(browser.alarms);
      void ensureFollowUpAlarm(browser.alarms);
    },
    onStartup() {
      void loadStarter();
      void ensureRefreshAlarm(browser.alarms);
      void ensureFollowUpAlarm(browser.alarms);
    },
  };
}

export type Services = ReturnType<typeof startServices>;
