import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startCasePageServer, type CasePageServer } from '../e2e/support/case-page-server';
import { useFirefoxSession } from './support/session';

// « Pour ce dossier » in Firefox: a site switched on from the options page (the optional host
// permission is asked in the click; the pref below grants it without the prompt a test cannot
// answer), the content script registered for it reads the case page, the badge and the popup
// follow, « Retirer » stops it.
const session = useFirefoxSession({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
let server: CasePageServer;
beforeAll(async () => {
  server = await startCasePageServer();
});
afterAll(async () => {
  await server?.close();
});

type Api = {
  tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
};
/** Run from an extension page: the tab showing `url` and its badge. */
const tabOf = (extensionPage: Page, url: string) =>
  extensionPage.evaluate(async (u) => (await (globalThis as unknown as { browser: Api }).browser.tabs.query({})).find((tab) => tab.url === u)?.id ?? -1, url);
const badgeOf = (extensionPage: Page, tabId: number) =>
  extensionPage.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
  }, tabId);

describe('Firefox: « Pour ce dossier »', () => {
  it('a site switched on in the options: the case page’s needs reach the badge and the popup, ids only; « Retirer » stops it', async () => {
    const options = await session.openPage('options.html');
    await options.waitForSelector('#case-site-address');
    await options.type('#case-site-address', server.origin);
    await (await options.waitForSelector('#sites-de-suivi button[type="submit"]'))!.click();
    await options.waitForFunction((origin) => document.querySelector('#sites-de-suivi .case-sites')?.textContent?.includes(origin), {}, server.origin);

    const before = server.requests.length;
    const casePage = await session.browser.newPage();
    await casePage.goto(server.url('cdb-situations.html'));
    await expect.poll(() => tabOf(options, server.url('cdb-situations.html'))).toBeGreaterThanOrEqual(0);
    const tabId = await tabOf(options, server.url('cdb-situations.html'));
    await expect.poll(() => badgeOf(options, tabId)).toEqual({ text: '4', title: '4 besoins repérés dans ce dossier' });

    const popup = await session.openPage(`popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 384, height: 600 });
    // The search box first and focused; the needs as chips in one block under it.
    await popup.waitForFunction(() => document.querySelectorAll('.case-chip__count').length === 4);
    expect(await popup.$$eval('.case-chip__label', (nodes) => nodes.map((n) => n.textContent))).toEqual(['Logement et hébergement', 'Difficultés financières', 'Lecture, écriture et calcul', 'Santé']);
    const layout = await popup.evaluate(() => {
      const box = document.querySelector('#search-input')!.getBoundingClientRect();
      const block = document.querySelector('.case-file')!.getBoundingClientRect();
      return { focused: document.activeElement?.id, boxTop: box.top, boxBottom: box.bottom, blockTop: block.top, details: document.querySelectorAll('.case-need').length };
    });
    expect(layout).toMatchObject({ focused: 'search-input', details: 0 });
    expect(layout.boxTop).toBeLessThan(60);
    expect(layout.blockTop).toBeGreaterThanOrEqual(layout.boxBottom);
    // « Voir le détail »: each need, the statement it was read from (asked of the page), its partners.
    await (await popup.waitForSelector('::-p-aria([name="Voir le détail"][role="button"])'))!.click();
    await popup.waitForFunction(() => document.querySelectorAll('.case-need__label').length === 4);
    await popup.waitForFunction(() => [...document.querySelectorAll('.case-need')].every((need) => need.querySelector('.case-need__why li')));
    const whys = await popup.$$eval('.case-need__why li', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(whys.every((line) => /^lu : « .+ »( — (coché|choisi))?$/.test(line))).toBe(true);
    // Dismissed for this file.
    await (await popup.waitForSelector('::-p-aria([name="Écarter le besoin Santé pour ce dossier"][role="button"])'))!.click();
    await popup.waitForFunction(() => document.querySelectorAll('.case-chip').length === 3);
    await popup.close();
    // The reading made no request: the server saw the page only.
    expect(server.requests.slice(before).filter((url) => url !== '/favicon.ico')).toEqual(['/cdb-situations.html']);

    await (await options.waitForSelector(`#sites-de-suivi button[aria-label="Retirer ${server.origin}"]`))!.click();
    await options.waitForFunction(() => !document.querySelector('#sites-de-suivi .case-sites'));
    await expect.poll(async () => (await badgeOf(options, tabId)).text).toBe('');
    await casePage.close();
    await options.close();
  });

  it('printed no extension error', () => {
    expect(session.errors).toEqual([]);
  });
});
