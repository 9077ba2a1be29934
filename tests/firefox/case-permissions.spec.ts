import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startCasePageServer, type CasePageServer } from '../e2e/support/case-page-server';
import { startDirectoryServer, type DirectoryServer } from '../e2e/support/directory-server';
import { useFirefoxSession } from './support/session';

// Issue 23 in Firefox: a case site address with a port means that port (Firefox's match patterns
// carry no port: the reader registered for one port is also injected on another port of the same
// host, and reads nothing there); one host permission, two uses (a case site and a subscription on
// 127.0.0.1): giving one up keeps the other working. The pref grants optional permissions without
// the prompt a test cannot answer (as in case-file.spec.ts).
const session = useFirefoxSession({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
let enabled: CasePageServer;
let otherPort: CasePageServer;
let directory: DirectoryServer;
beforeAll(async () => {
  enabled = await startCasePageServer();
  otherPort = await startCasePageServer();
  directory = await startDirectoryServer('/equipe/annuaire.csv', 'Nom;Commune;Code postal;date_maj\r\nGarage solidaire de Thau;Sète;34200;2026-10-01\r\n');
});
afterAll(async () => {
  await enabled?.close();
  await otherPort?.close();
  void directory?.close();
});

type Api = {
  tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
  action: { getBadgeText(d: object): Promise<string> };
  permissions: { contains(p: object): Promise<boolean> };
  scripting: { executeScript(i: object): Promise<Array<{ result?: unknown }>> };
};
/** Run from an extension page: the tab showing `url`, its badge, whether the page reader runs in it. */
const tabOf = (page: Page, url: string) => page.evaluate(async (u) => (await (globalThis as unknown as { browser: Api }).browser.tabs.query({})).find((tab) => tab.url === u)?.id ?? -1, url);
const badgeOf = (page: Page, tabId: number) => page.evaluate((id) => (globalThis as unknown as { browser: Api }).browser.action.getBadgeText({ tabId: id }), tabId);
const readerRuns = (page: Page, tabId: number) =>
  page.evaluate(async (id) => {
    const [frame] = await (globalThis as unknown as { browser: Api }).browser.scripting.executeScript({ target: { tabId: id }, func: () => (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('repere.case-file')] !== undefined });
    return frame?.result;
  }, tabId);
const hostAccess = (page: Page) => page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }));

async function openTab(extensionPage: Page, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(url);
  await expect.poll(() => tabOf(extensionPage, url)).toBeGreaterThanOrEqual(0);
  return { page, tabId: await tabOf(extensionPage, url) };
}

async function enableCaseSite(options: Page, origin: string) {
  await options.waitForSelector('#case-site-address');
  await options.$eval('#case-site-address', (input) => ((input as HTMLInputElement).value = ''));
  await options.type('#case-site-address', origin);
  await (await options.waitForSelector('#sites-de-suivi button[type="submit"]'))!.click();
  await options.waitForFunction((o) => document.querySelector('#sites-de-suivi .case-sites')?.textContent?.includes(o), {}, origin);
}

const sourceRow = (options: Page, label: string) =>
  options.evaluate((l) => [...document.querySelectorAll('#sources-table tr')].find((row) => row.textContent?.includes(l))?.textContent ?? null, label);

describe('Firefox: a case site with a port, one permission for two uses', () => {
  it('a case site with a port is read on that port only: another port of the same host gets no reader and no badge', async () => {
    const options = await session.openPage('options.html');
    await options.waitForSelector('#subscribe-url');
    await options.type('#subscribe-url', directory.url);
    await options.type('#subscribe-label', 'Annuaire équipe Thau');
    await (await options.waitForSelector('::-p-aria([name="S’abonner"][role="button"])'))!.click();
    await options.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.includes('Abonnement enregistré : 1 partenaire importé')));
    await enableCaseSite(options, enabled.origin);

    // The other port's page first: loaded and idle before the enabled one is even opened.
    const other = await openTab(options, otherPort.url('cdb-situations.html'));
    const read = await openTab(options, enabled.url('cdb-situations.html'));
    await expect.poll(() => badgeOf(options, read.tabId)).toBe('4');
    expect(await readerRuns(options, read.tabId)).toBe(true);
    expect(await readerRuns(options, other.tabId)).toBe(false);
    expect(await badgeOf(options, other.tabId)).toBe('');
    // The popup on the other port's tab shows no needs; it offers the one-shot read instead.
    const popup = await session.openPage(`popup.html?tab=${other.tabId}`);
    await popup.waitForSelector('::-p-aria([name="Lire ce dossier"][role="button"])');
    expect(await popup.$$('.case-chip')).toEqual([]);
    // « Lire ce dossier » still reads that page once, on the counsellor's click.
    await (await popup.waitForSelector('::-p-aria([name="Lire ce dossier"][role="button"])'))!.click();
    await expect.poll(() => badgeOf(options, other.tabId)).toBe('4');
    await popup.close();
    await Promise.all([other.page.close(), read.page.close(), options.close()]);
  });

  it('« Retirer » the case site keeps the access the subscription on the same host needs: its refresh still works', async () => {
    const options = await session.openPage('options.html');
    await (await options.waitForSelector(`#sites-de-suivi button[aria-label="Retirer ${enabled.origin}"]`))!.click();
    await options.waitForFunction(() => !document.querySelector('#sites-de-suivi .case-sites'));
    expect(await hostAccess(options)).toBe(true);
    await (await options.waitForSelector('::-p-aria([name="Actualiser Annuaire équipe Thau"][role="button"])'))!.click();
    await expect.poll(() => sourceRow(options, 'Annuaire équipe Thau')).toMatch(/Actualisé|Déjà à jour/);
    expect(await options.$$('#sources-table .source-error')).toEqual([]);
    await options.close();
  });

  it('« Retirer » the subscription keeps the access the case site needs: its pages are still read', async () => {
    const options = await session.openPage('options.html');
    await enableCaseSite(options, enabled.origin);
    // BiDi reports no dialog for extension pages: the confirmation is answered « OK » in the page.
    await options.evaluate(() => (window.confirm = () => true));
    await (await options.waitForSelector('::-p-aria([name="Retirer la source Annuaire équipe Thau"][role="button"])'))!.click();
    await expect.poll(() => sourceRow(options, 'Annuaire équipe Thau')).toBeNull();
    expect(await hostAccess(options)).toBe(true);
    const read = await openTab(options, enabled.url('spa-dossier.html'));
    await expect.poll(() => badgeOf(options, read.tabId)).toBe('1');
    await Promise.all([read.page.close(), options.close()]);
  });

  it('printed no extension error', () => {
    expect(session.errors).toEqual([]);
  });
});
