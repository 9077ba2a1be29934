import { CaseTabMessageSchema, type CaseNeed, type CaseTabMessage } from '../messages/case';
import type { Sender } from '../messages/router';
import { badgeOf, tabStateKey, TAB_STATE_PREFIX, unionOfFrames, type TabCaseState } from './tab-needs';
import { originOf, originPattern, parseSiteAddress, sameSite, scriptIdOf } from './sites';
import { markReadOnce } from './read-once';
import { t } from '../i18n';
import { CASE_SITES_KEY, mayRelease, storedCaseSites } from '../permissions/origin-uses';

/** The browser APIs the case-file feature uses in the background (a subset; faked in tests). */
export interface CaseApis {
  scripting: {
    registerContentScripts(scripts: Array<{ id: string; matches: string[]; js: string[]; allFrames: boolean; persistAcrossSessions: boolean; runAt: 'document_idle' }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
    executeScript(injection: { target: { tabId: number; frameIds: number[] }; func: () => unknown; injectImmediately?: boolean }): Promise<Array<{ frameId?: number; result?: unknown }>>;
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; remove(p: { origins: string[] }): Promise<boolean> };
  action: { setBadgeText(d: { tabId: number; text: string }): Promise<void>; setTitle(d: { tabId: number; title: string }): Promise<void> };
  session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string | string[]): Promise<void> };
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  tabs: {
    get(tabId: number): Promise<{ id?: number; url?: string }>;
    query(q: { url: string }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: CaseTabMessage): Promise<unknown>;
  };
  /** `chrome-extension://<id>`: messages from the extension's own pages carry no needs. */
  extensionOrigin: string;
  /** The built content script, e.g. `/content-scripts/case-file.js`. */
  scriptFile: string;
  badgeTitle(count: number): string;
  defaultTitle: string;
  /** The subscribed directory URLs: their hosts keep their permission when a case site goes. */
  subscriptionUrls(): Promise<string[]>;
}

export interface SiteStatus {
  origin: string;
  /** false: access withdrawn in the browser's settings (« accès retiré »). */
  granted: boolean;
}

const SITES_KEY = CASE_SITES_KEY;
const PENDING_KEY = 'case:pending-sites';

interface TabMemory {
  origin: string;
  file: number;
  oneShot: boolean;
  frames: Map<number, CaseNeed[]>;
}

/**
 * Run in the frame by scripting.executeScript, in the extension's isolated world (never the
 * page's): the load id of the reader running there now, if any (entrypoints/case-reader.ts).
 */
export function currentReaderLoad(): unknown {
  return (globalThis as unknown as Record<symbol, { load?: string } | undefined>)[Symbol.for('repere.case-file')]?.load ?? null;
}

function refuse(reason: string): never {
  throw new Error(t('caseNeedsRefused', reason));
}

/** The background side of « Pour ce dossier »: sites, per-tab needs, badge, one-shot reads. */
export function createCaseFile(apis: CaseApis) {
  const tabs = new Map<number, TabMemory>();
  /** Tabs read once through activeTab: tab -> the origin that was read. */
  const oneShot = new Map<number, string>();
  let files = 0;

  async function sites(): Promise<string[]> {
    return storedCaseSites(await apis.local.get(SITES_KEY));
  }

  async function siteEnabled(origin: string): Promise<boolean> {
    return (await sites()).some((site) => sameSite(site, origin)) && (await apis.permissions.contains({ origins: [originPattern(origin)] }));
  }

  async function publish(tabId: number, memory: TabMemory): Promise<void> {
    const needs = unionOfFrames(memory.frames);
    const state: TabCaseState = { tabId, origin: memory.origin, file: memory.file, needs, oneShot: memory.oneShot, frames: [...memory.frames.keys()].sort((a, b) => a - b) };
    await apis.session.set({ [tabStateKey(tabId)]: state });
    const badge = badgeOf(needs);
    await apis.action.setBadgeText({ tabId, text: badge.text });
    await apis.action.setTitle({ tabId, title: badge.count > 0 ? apis.badgeTitle(badge.count) : apis.defaultTitle });
  }

  /**
   * Whether the message comes from the reader running in that frame now: a message sent by a page
   * the tab has since left (its last reading, delivered after the navigation) carries another
   * load id, or the frame can no longer be reached (another site). Asked of the frame itself.
   */
  async function fromCurrentDocument(tabId: number, frameId: number, load: string | undefined): Promise<boolean> {
    if (!load) return false;
    const results = await apis.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: currentReaderLoad, injectImmediately: true }).catch(() => []);
    return results.some((result) => result.result === load);
  }

  async function clearTab(tabId: number): Promise<void> {
    tabs.delete(tabId);
    oneShot.delete(tabId);
    await apis.session.remove(tabStateKey(tabId));
    await apis.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    await apis.action.setTitle({ tabId, title: apis.defaultTitle }).catch(() => undefined);
  }

  /**
   * Needs from a content script: only from a frame of an enabled site, or of the tab read once —
   * and only when the tab's own page (the top-level document) is on an enabled site: a page of
   * another site framing an enabled one gets no badge.
   */
  async function receiveNeeds(needs: CaseNeed[], sender: Sender, load?: string): Promise<{ count: number }> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || typeof sender.frameId !== 'number') refuse(t('caseRefusedNoTab'));
    const from = sender.origin && sender.origin !== 'null' ? sender.origin : sender.url;
    if (from?.startsWith(apis.extensionOrigin)) refuse(t('caseRefusedExtensionPage'));
    const origin = originOf(from);
    if (!origin) refuse('page sans adresse web');
    const readOnce = oneShot.get(tabId) === origin && sender.frameId === 0;
    if (!readOnce && !(await siteEnabled(origin))) refuse(t('caseRefusedSiteOff', origin));
    // The tab's address is known only for a page Repère may read: a frame inside another site's page has none.
    const topOrigin = sender.frameId === 0 ? origin : originOf(sender.tab?.url);
    if (!topOrigin || (!readOnce && topOrigin !== origin && !(await siteEnabled(topOrigin)))) refuse(t('caseRefusedFrameElsewhere'));
    // A page the tab has left speaks too late: its last message is dropped, not shown for the next page.
    const tabOrigin = originOf(sender.tab?.url) ?? origin;
    const left = (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') || (sender.frameId === 0 && !sameSite(tabOrigin, origin));
    if (left || !(await fromCurrentDocument(tabId, sender.frameId, load))) refuse(t('caseRefusedPageLeft'));
    let memory = tabs.get(tabId);
    if (!memory || !sameSite(memory.origin, topOrigin)) {
      memory = { origin: topOrigin, file: ++files, oneShot: readOnce, frames: new Map() };
      tabs.set(tabId, memory);
    }
    memory.frames.set(sender.frameId, needs);
    await publish(tabId, memory);
    return { count: badgeOf(unionOfFrames(memory.frames)).count };
  }

  async function readOnce(tabId: number): Promise<void> {
    const tab = await apis.tabs.get(tabId);
    const origin = originOf(tab.url);
    if (!origin) throw new Error(t('caseCannotRead'));
    oneShot.set(tabId, origin);
    await apis.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: markReadOnce, injectImmediately: true });
    await apis.scripting.executeScript({ target: { tabId }, files: [apis.scriptFile] });
  }

  async function register(origin: string): Promise<void> {
    const id = scriptIdOf(origin);
    const existing = await apis.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length > 0) await apis.scripting.unregisterContentScripts({ ids: [id] });
    await apis.scripting.registerContentScripts([
      { id, matches: [originPattern(origin)], js: [apis.scriptFile], allFrames: true, persistAcrossSessions: true, runAt: 'document_idle' },
    ]);
  }

  /** One site change at a time: the page's click and the permission event may both switch a site on. */
  let siteChanges: Promise<unknown> = Promise.resolve();
  function serially<T>(change: () => Promise<T>): Promise<T> {
    const next = siteChanges.then(change, change);
    siteChanges = next.catch(() => undefined);
    return next;
  }

  function enableSite(input: string): Promise<SiteStatus[]> {
    return serially(() => enableSiteNow(input));
  }

  async function enableSiteNow(input: string): Promise<SiteStatus[]> {
    const parsed = parseSiteAddress(input);
    if (!parsed.ok) throw new Error(parsed.error);
    const { origin } = parsed;
    if (!(await apis.permissions.contains({ origins: [originPattern(origin)] }))) {
      throw new Error(t('caseSiteNotGranted', origin));
    }
    await register(origin);
    const list = await sites();
    if (!list.some((site) => site === origin)) await apis.local.set({ [SITES_KEY]: [...list, origin] });
    await forgetPending(origin);
    // Tabs already open on the site are read now, not at their next load.
    for (const tab of await apis.tabs.query({ url: originPattern(origin) }).catch(() => [])) {
      if (tab.id !== undefined) await apis.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [apis.scriptFile] }).catch(() => undefined);
    }
    return listSites();
  }

  function disableSite(origin: string): Promise<SiteStatus[]> {
    return serially(() => disableSiteNow(origin));
  }

  async function disableSiteNow(origin: string): Promise<SiteStatus[]> {
    await apis.scripting.unregisterContentScripts({ ids: [scriptIdOf(origin)] }).catch(() => undefined);
    await apis.local.set({ [SITES_KEY]: (await sites()).filter((site) => site !== origin) });
    for (const [tabId, memory] of [...tabs]) {
      if (!sameSite(memory.origin, origin)) continue;
      await apis.tabs.sendMessage(tabId, { type: 'case:stop' }).catch(() => undefined);
      await clearTab(tabId);
    }
    // Given back only if no other use needs it (a subscription on the same host, another port's site).
    const uses = { caseSites: await sites(), subscriptionUrls: await apis.subscriptionUrls().catch(() => [] as string[]) };
    if (mayRelease(originPattern(origin), uses)) await apis.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    return listSites();
  }

  async function listSites(): Promise<SiteStatus[]> {
    return Promise.all((await sites()).map(async (origin) => ({ origin, granted: await apis.permissions.contains({ origins: [originPattern(origin)] }) })));
  }

  async function pending(): Promise<string[]> {
    const stored = (await apis.session.get(PENDING_KEY))[PENDING_KEY];
    return Array.isArray(stored) ? (stored as string[]) : [];
  }
  async function forgetPending(origin: string) {
    const list = await pending();
    if (list.includes(origin)) await apis.session.set({ [PENDING_KEY]: list.filter((o) => o !== origin) });
  }

  return {
    receiveNeeds,
    readOnce,
    enableSite,
    disableSite,
    listSites,
    async sitePending(input: string): Promise<void> {
      const parsed = parseSiteAddress(input);
      if (parsed.ok) await apis.session.set({ [PENDING_KEY]: [...(await pending()), parsed.origin] });
    },
    async tabState(tabId: number): Promise<{ state: TabCaseState | null; siteEnabled: boolean }> {
      const stored = (await apis.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabCaseState | undefined;
      const origin = originOf((await apis.tabs.get(tabId).catch(() => ({ url: undefined }))).url);
      return { state: stored ?? null, siteEnabled: origin ? await siteEnabled(origin) : false };
    },
    async showInPage(tabId: number, category: string): Promise<void> {
      const message = CaseTabMessageSchema.parse({ type: 'case:highlight', category });
      await apis.tabs.sendMessage(tabId, message);
    },
    /** The tab went elsewhere: another site clears it; another page of the site is another file. */
    async onTabUpdated(tabId: number, url: string | undefined, loading = false): Promise<void> {
      if (!url && loading) {
        // The browser names the new address only where Repère may read: a page loading at an
        // address it does not show is another site, and the tab's file is gone.
        const now = (await apis.tabs.get(tabId).catch(() => ({ url: undefined }))).url;
        if (!now) {
          oneShot.delete(tabId);
          if (tabs.has(tabId) || (await apis.session.get(tabStateKey(tabId)))[tabStateKey(tabId)]) await clearTab(tabId);
        }
        return;
      }
      const memory = tabs.get(tabId);
      if (!url) return;
      const origin = originOf(url);
      if (oneShot.has(tabId) && oneShot.get(tabId) !== origin) oneShot.delete(tabId);
      if (!memory) {
        if ((await apis.session.get(tabStateKey(tabId)))[tabStateKey(tabId)]) await clearTab(tabId);
        return;
      }
      if (!origin || !sameSite(origin, memory.origin) || memory.oneShot) return clearTab(tabId);
      memory.file = ++files;
      // A new document: its frames report afresh (an in-page navigation keeps them, they re-read).
      if (loading) memory.frames.clear();
      await publish(tabId, memory);
    },
    onTabRemoved: (tabId: number) => clearTab(tabId),
    /** After an update the script's file may have moved: every enabled site is registered again. */
    async refreshRegistrations(): Promise<void> {
      for (const { origin, granted } of await listSites()) if (granted) await serially(() => register(origin)).catch(() => undefined);
    },
    /** Access granted from a page's prompt: a site waiting for it is switched on. */
    async onPermissionsAdded(origins: readonly string[]): Promise<void> {
      for (const origin of await pending()) {
        if (origins.some((pattern) => pattern === originPattern(origin))) await enableSite(origin).catch(() => undefined);
      }
    },
    /** Access withdrawn in the browser's settings: that site's tabs lose their badge. */
    async onPermissionsRemoved(origins: readonly string[]): Promise<void> {
      for (const [tabId, memory] of [...tabs]) if (origins.includes(originPattern(memory.origin))) await clearTab(tabId);
    },
    TAB_STATE_PREFIX,
  };
}

export type CaseFile = ReturnType<typeof createCaseFile>;
