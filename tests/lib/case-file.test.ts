import { describe, expect, it, vi } from 'vitest';
import { createCaseFile, type CaseApis } from '../../lib/case-file/background-case';
import { originPattern, parseSiteAddress } from '../../lib/case-file/sites';
import { badgeOf, unionOfFrames } from '../../lib/case-file/tab-needs';
import { createMessageRouter, MessageSchema } from '../../lib/messages';
import { caseFileHandlers } from '../../lib/case-file/background-wiring';
import { mayRelease } from '../../lib/permissions/origin-uses';

const EXT = 'chrome-extension://abc';

function fakeApis(granted = new Set<string>()) {
  const session = new Map<string, unknown>();
  const local = new Map<string, unknown>();
  const badges = new Map<number, string>();
  const titles = new Map<number, string>();
  const scripts = new Map<string, { id: string; matches: string[] }>();
  const tabUrls = new Map<number, string>([[7, 'https://dossier.exemple.fr/usagers/1']]);
  const sent: Array<[number, unknown]> = [];
  const executed: unknown[] = [];
  const subscriptions: string[] = [];
  /** The page reader running in each frame of tab 7 now (its load id); absent: no reader, or another site. */
  const loads = new Map<number, string>([[0, loadOf(0)], [1, loadOf(1)], [2, loadOf(2)], [3, loadOf(3)], [4, loadOf(4)]]);
  const apis: CaseApis = {
    scripting: {
      registerContentScripts: async (list) => void list.forEach((s) => scripts.set(s.id, s)),
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async (filter) => [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      executeScript: (async (injection: { target: { tabId: number; frameIds?: number[] }; func?: () => unknown }) => {
        if (!injection.func) return void executed.push(injection);
        return injection.target.frameIds!.filter((id) => loads.has(id)).map((frameId) => ({ frameId, result: loads.get(frameId) }));
      }) as CaseApis['scripting']['executeScript'],
    },
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins }) => origins.every((o) => granted.delete(o)),
    },
    action: {
      setBadgeText: async ({ tabId, text }) => void badges.set(tabId, text),
      setTitle: async ({ tabId, title }) => void titles.set(tabId, title),
    },
    session: {
      get: async (key) => (session.has(key) ? { [key]: session.get(key) } : {}),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
      remove: async (key) => void [key].flat().forEach((k) => session.delete(k)),
    },
    local: {
      get: async (key) => (local.has(key) ? { [key]: local.get(key) } : {}),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => local.set(k, v)),
    },
    tabs: {
      get: async (tabId) => ({ id: tabId, url: tabUrls.get(tabId) }),
      query: async () => [{ id: 7 }],
      sendMessage: async (tabId, message) => void sent.push([tabId, message]),
    },
    extensionOrigin: EXT,
    scriptFile: '/case-reader.js',
    badgeTitle: (n) => `${n} besoins repérés dans ce dossier`,
    defaultTitle: 'Repère',
    subscriptionUrls: async () => subscriptions,
  };
  return { apis, session, local, badges, titles, scripts, sent, executed, granted, tabUrls, subscriptions, loads };
}

const loadOf = (frameId: number) => `load-frame-${frameId}`;
const frame = (frameId: number, url = 'https://dossier.exemple.fr/usagers/1') => ({ id: 'abc', url, origin: new URL(url).origin, tab: { id: 7, url: 'https://dossier.exemple.fr/usagers/1' }, frameId });

describe('site addresses', () => {
  it('reads what a counsellor types and refuses what the browser could not grant', () => {
    expect(parseSiteAddress('dossier.exemple.fr/usagers')).toEqual({ ok: true, origin: 'https://dossier.exemple.fr' });
    expect(parseSiteAddress('http://127.0.0.1:8080/x')).toEqual({ ok: true, origin: 'http://127.0.0.1:8080' });
    expect(parseSiteAddress('http://dossier.exemple.fr')).toMatchObject({ ok: false, error: expect.stringMatching(/^Adresse du site : .*https/) });
    expect(parseSiteAddress('')).toMatchObject({ ok: false, error: expect.stringMatching(/^Adresse du site/) });
    expect(parseSiteAddress('ftp://x.fr')).toMatchObject({ ok: false });
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/*'); // that port only (issue 23)
  });
});

describe('per-tab needs', () => {
  it('the tab’s needs are the union of its frames; the badge counts categories', () => {
    const needs = unionOfFrames(new Map([[3, [{ category: 'mobilite' as const }]], [0, [{ category: 'sante' as const }, { category: 'mobilite' as const }]]]));
    expect(needs).toEqual([{ category: 'sante' }, { category: 'mobilite' }]);
    expect(badgeOf(needs)).toEqual({ text: '2', count: 2 });
    expect(badgeOf([])).toEqual({ text: '', count: 0 });
  });
});

describe('the background side of « Pour ce dossier »', () => {
  it('enables a granted site: registers the script for that origin only, all frames, kept across restarts', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    expect(await caseFile.enableSite('https://dossier.exemple.fr')).toEqual([{ origin: 'https://dossier.exemple.fr', granted: true }]);
    expect([...fake.scripts.values()]).toEqual([
      { id: 'repere-case-file:https://dossier.exemple.fr', matches: ['https://dossier.exemple.fr/*'], js: ['/case-reader.js'], allFrames: true, persistAcrossSessions: true, runAt: 'document_idle' },
    ]);
    await expect(caseFile.enableSite('https://autre.exemple.fr')).rejects.toThrow(/n’a pas accordé l’accès/);
  });

  it('accepts needs from frames of an enabled site, badges the union, and clears it all when the site is removed', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('https://dossier.exemple.fr');
    await caseFile.receiveNeeds([{ category: 'mobilite' }], frame(0), loadOf(0));
    await caseFile.receiveNeeds([{ category: 'sante', thematique: 'sante--acces-aux-soins' }], frame(4), loadOf(4));
    expect(fake.badges.get(7)).toBe('2');
    expect(fake.titles.get(7)).toBe('2 besoins repérés dans ce dossier');
    expect(fake.session.get('case:tab:7')).toMatchObject({ needs: [{ category: 'mobilite' }, { category: 'sante', thematique: 'sante--acces-aux-soins' }] });
    await caseFile.disableSite('https://dossier.exemple.fr');
    expect(fake.badges.get(7)).toBe('');
    expect(fake.session.has('case:tab:7')).toBe(false);
    expect(fake.scripts.size).toBe(0);
    expect(fake.granted.size).toBe(0);
    expect(fake.sent).toEqual([[7, { type: 'case:stop' }]]);
    await expect(caseFile.receiveNeeds([{ category: 'mobilite' }], frame(0), loadOf(0))).rejects.toThrow(/n’est pas activé/);
  });

  it('refuses needs without a tab or frame, from an extension page, from a site not enabled or whose access was withdrawn', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('https://dossier.exemple.fr');
    await expect(caseFile.receiveNeeds([], { id: 'abc', url: 'https://dossier.exemple.fr/' })).rejects.toThrow(/onglet/);
    await expect(caseFile.receiveNeeds([], { ...frame(0), url: `${EXT}/popup.html`, origin: EXT })).rejects.toThrow(/page de l’extension/);
    await expect(caseFile.receiveNeeds([], frame(2, 'https://pub.exemple.com/cadre'), loadOf(2))).rejects.toThrow(/pub.exemple.com n’est pas activé/);
    fake.granted.clear();
    await expect(caseFile.receiveNeeds([], frame(0), loadOf(0))).rejects.toThrow(/n’est pas activé/);
    expect(await caseFile.listSites()).toEqual([{ origin: 'https://dossier.exemple.fr', granted: false }]);
  });

  it('gives no badge to a page of another site framing an enabled site: the top-level page decides (issue 23)', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('https://dossier.exemple.fr');
    // The browser gives no tab address for a page Repère may not read.
    const framed = { ...frame(3), tab: { id: 7 } };
    await expect(caseFile.receiveNeeds([{ category: 'mobilite' }], framed, loadOf(3))).rejects.toThrow(/non activé/);
    await expect(caseFile.receiveNeeds([{ category: 'mobilite' }], { ...frame(3), tab: { id: 7, url: 'https://piege.exemple.com/' } }, loadOf(3))).rejects.toThrow(/non activé/);
    expect(fake.badges.get(7)).toBeUndefined();
    // Its own frames inside its own page still count.
    await caseFile.receiveNeeds([{ category: 'mobilite' }], frame(3), loadOf(3));
    expect(fake.badges.get(7)).toBe('1');
  });

  it('a site address with a port means that port: its permission, its script and its needs (issue 23)', async () => {
    const fake = fakeApis(new Set(['http://127.0.0.1:8080/*']));
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('http://127.0.0.1:8080');
    expect([...fake.scripts.values()][0].matches).toEqual(['http://127.0.0.1:8080/*']);
    fake.tabUrls.set(7, 'http://127.0.0.1:9090/usagers/1');
    const other = { id: 'abc', url: 'http://127.0.0.1:9090/usagers/1', origin: 'http://127.0.0.1:9090', tab: { id: 7, url: 'http://127.0.0.1:9090/usagers/1' }, frameId: 0 };
    await expect(caseFile.receiveNeeds([{ category: 'mobilite' }], other, loadOf(0))).rejects.toThrow(/n’est pas activé/);
    const same = { ...other, url: 'http://127.0.0.1:8080/usagers/1', origin: 'http://127.0.0.1:8080', tab: { id: 7, url: 'http://127.0.0.1:8080/usagers/1' } };
    await caseFile.receiveNeeds([{ category: 'mobilite' }], same, loadOf(0));
    expect(fake.badges.get(7)).toBe('1');
  });

  it('« Retirer » a case site keeps the permission a subscription on the same host needs (issue 23)', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    fake.subscriptions.push('https://dossier.exemple.fr/annuaire.json');
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('https://dossier.exemple.fr');
    await caseFile.disableSite('https://dossier.exemple.fr');
    expect(fake.granted.has('https://dossier.exemple.fr/*')).toBe(true);
    expect(fake.scripts.size).toBe(0);
    fake.subscriptions.length = 0;
    await caseFile.enableSite('https://dossier.exemple.fr');
    await caseFile.disableSite('https://dossier.exemple.fr');
    expect(fake.granted.size).toBe(0);
  });

  it('a one-shot read accepts the top frame of that tab only, and forgets it when the tab goes elsewhere', async () => {
    const fake = fakeApis();
    const injected: unknown[] = [];
    const execute = fake.apis.scripting.executeScript;
    fake.apis.scripting.executeScript = ((injection: { func?: () => unknown; files?: string[] }) => {
      injected.push(injection.func?.name ?? injection.files);
      return execute(injection as never);
    }) as CaseApis['scripting']['executeScript'];
    const caseFile = createCaseFile(fake.apis);
    await caseFile.readOnce(7);
    expect(fake.executed).toEqual([{ target: { tabId: 7 }, files: ['/case-reader.js'] }]);
    // The top frame is marked first: in Firefox the reader reads a page of a site not switched on only then.
    expect(injected).toEqual(['markReadOnce', ['/case-reader.js']]);
    await expect(caseFile.receiveNeeds([], frame(1), loadOf(1))).rejects.toThrow(/n’est pas activé/);
    await caseFile.receiveNeeds([{ category: 'famille' }], frame(0), loadOf(0));
    expect(fake.badges.get(7)).toBe('1');
    await caseFile.onTabUpdated(7, 'https://ailleurs.exemple.org/');
    expect(fake.badges.get(7)).toBe('');
    await expect(caseFile.receiveNeeds([], frame(0), loadOf(0))).rejects.toThrow(/n’est pas activé/);
    fake.tabUrls.set(8, 'chrome://settings');
    await expect(caseFile.readOnce(8)).rejects.toThrow(/ne peut pas être lue/);
  });

  it('drops a late message from a page the tab has left: another page of the site, another site, a document no longer on screen', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('https://dossier.exemple.fr');
    // A message whose reader is not the one running in the frame now.
    await expect(caseFile.receiveNeeds([{ category: 'mobilite' }], frame(0), 'load-page-a')).rejects.toThrow(/quittée/);
    fake.loads.set(0, 'load-page-a');
    await caseFile.receiveNeeds([{ category: 'mobilite' }], frame(0), 'load-page-a');
    expect(fake.session.get('case:tab:7')).toMatchObject({ needs: [{ category: 'mobilite' }], frames: [0] });
    // Page B of the same site replaces A; A's last reading lands after B's: dropped.
    await caseFile.onTabUpdated(7, 'https://dossier.exemple.fr/usagers/2', true);
    fake.loads.set(0, 'load-page-b');
    await caseFile.receiveNeeds([{ category: 'famille' }], frame(0), 'load-page-b');
    await expect(caseFile.receiveNeeds([{ category: 'mobilite' }], frame(0), 'load-page-a')).rejects.toThrow(/quittée/);
    expect(fake.session.get('case:tab:7')).toMatchObject({ needs: [{ category: 'famille' }] });
    // Without a load id (an older reader, a forged message): not heard.
    await expect(caseFile.receiveNeeds([{ category: 'sante' }], frame(0))).rejects.toThrow(/quittée/);
    // A document Chromium says is no longer on screen (kept for « back », being unloaded).
    await expect(caseFile.receiveNeeds([{ category: 'sante' }], { ...frame(0), documentLifecycle: 'cached' }, 'load-page-b')).rejects.toThrow(/quittée/);
    expect(fake.badges.get(7)).toBe('1');

    // The tab goes to a site Repère may not read: the browser gives no address, only « loading ».
    fake.tabUrls.delete(7);
    fake.loads.delete(0);
    await caseFile.onTabUpdated(7, undefined, true);
    expect(fake.session.has('case:tab:7')).toBe(false);
    expect(fake.badges.get(7)).toBe('');
    // B's last message, sent before it went, lands now: dropped, the tab stays empty.
    const late = { ...frame(0), tab: { id: 7 } };
    await expect(caseFile.receiveNeeds([{ category: 'famille' }], late, 'load-page-b')).rejects.toThrow(/quittée/);
    expect(fake.session.has('case:tab:7')).toBe(false);
    // And to a site it may read but that is not switched on: the top frame is not the sender's site.
    await expect(caseFile.receiveNeeds([{ category: 'famille' }], { ...frame(0), tab: { id: 7, url: 'https://ailleurs.exemple.org/' } }, 'load-page-b')).rejects.toThrow(/quittée/);
    expect(fake.session.has('case:tab:7')).toBe(false);
  });

  it('a load without a new address on a page Repère reads (a reload, a frame) keeps the tab’s needs', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('https://dossier.exemple.fr');
    await caseFile.receiveNeeds([{ category: 'mobilite' }], frame(0), loadOf(0));
    await caseFile.onTabUpdated(7, undefined, true);
    expect(fake.badges.get(7)).toBe('1');
  });

  it('registers every granted site again after an update (the reader’s file may have moved)', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    await caseFile.enableSite('https://dossier.exemple.fr');
    fake.scripts.set('repere-case-file:https://dossier.exemple.fr', { id: 'repere-case-file:https://dossier.exemple.fr', matches: ['https://dossier.exemple.fr/*'], js: ['/content-scripts/case-file.js'] } as never);
    await caseFile.refreshRegistrations();
    expect([...fake.scripts.values()].map((s) => (s as unknown as { js: string[] }).js)).toEqual([['/case-reader.js']]);
  });

  it('switching a site on twice at once (the click and the permission event) registers it once', async () => {
    const fake = fakeApis(new Set(['https://dossier.exemple.fr/*']));
    const caseFile = createCaseFile(fake.apis);
    await Promise.all([caseFile.enableSite('https://dossier.exemple.fr'), caseFile.enableSite('https://dossier.exemple.fr')]);
    expect(fake.scripts.size).toBe(1);
    expect(fake.local.get('caseSites')).toEqual(['https://dossier.exemple.fr']);
  });

  it('a site waiting for the browser’s answer is switched on when access is granted', async () => {
    const fake = fakeApis();
    const caseFile = createCaseFile(fake.apis);
    await caseFile.sitePending('https://dossier.exemple.fr');
    fake.granted.add('https://dossier.exemple.fr/*');
    await caseFile.onPermissionsAdded(['https://dossier.exemple.fr/*']);
    expect(fake.scripts.size).toBe(1);
  });
});

describe('case messages through the router', () => {
  const caseFile = createCaseFile(fakeApis(new Set(['https://dossier.exemple.fr/*'])).apis);
  const handlers = { 'core:ping': vi.fn(), 'sources:subscribe': vi.fn(), 'sources:subscribe-national': vi.fn(), 'sources:refresh': vi.fn(), 'search:refresh-index': vi.fn(), ...caseFileHandlers(caseFile) };
  const route = createMessageRouter(handlers, { extensionId: 'abc', extensionOrigin: EXT });

  it.each([
    ['a text payload', { type: 'case:needs', needs: [{ category: 'mobilite', evidence: 'pas de permis' }] }],
    ['extra text beside the needs', { type: 'case:needs', needs: [], text: 'Mme X' }],
    ['an unknown category', { type: 'case:needs', needs: [{ category: 'logement' }] }],
    ['needs as a string', { type: 'case:needs', needs: 'mobilite' }],
    ['page text as the load id', { type: 'case:needs', needs: [], load: 'Mme Dupont sans logement' }],
  ])('refuses %s', async (_, message) => {
    expect(MessageSchema.safeParse(message).success).toBe(false);
    expect(await route(message, frame(0))).toEqual({ ok: false, error: 'Message invalide : refusé.' });
  });

  it('lets a content script send needs only, not switch sites on', async () => {
    expect(await route({ type: 'case:enable-site', origin: 'https://dossier.exemple.fr' }, frame(0))).toMatchObject({ ok: false, error: expect.stringMatching(/pas autorisé/) });
  });
});

describe('host permissions counted per use (issue 23)', () => {
  const uses = (caseSites: string[], subscriptionUrls: string[]) => ({ caseSites, subscriptionUrls });
  it.each([
    ['a subscription alone', 'https://annuaire.exemple.fr/*', uses([], []), true],
    ['a subscription whose host is also a case site', 'https://dossier.exemple.fr/*', uses(['https://dossier.exemple.fr'], []), false],
    ['a case site whose host also serves a subscription', 'https://dossier.exemple.fr/*', uses([], ['https://dossier.exemple.fr/equipe.json']), false],
    ['a case site with a port while the host serves a subscription on another port', 'http://127.0.0.1:8080/*', uses([], ['http://127.0.0.1:9000/a.json']), false],
    ['another host only', 'https://dossier.exemple.fr/*', uses(['https://autre.exemple.fr'], ['https://annuaire.exemple.fr/a.json']), true],
  ])('%s: given back = %s', (_why, pattern, current, expected) => {
    expect(mayRelease(pattern, current)).toBe(expected);
  });

  it('a site address with a port asks for that port only (Chrome); Firefox patterns have none', () => {
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/*');
    expect(originPattern('https://dossier.exemple.fr')).toBe('https://dossier.exemple.fr/*');
    expect(originPattern('http://127.0.0.1:8080', false)).toBe('http://127.0.0.1/*');
  });
});
