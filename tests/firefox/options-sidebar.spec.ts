import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { searchInFirefoxPopup } from './support/firefox';
import { useFirefoxSession } from './support/session';

const FIXTURES = join(__dirname, '../fixtures/import');
const session = useFirefoxSession();

const text = (page: Page, selector: string) => page.$eval(selector, (n) => n.textContent ?? '');
const waitForText = (page: Page, selector: string, needle: string) =>
  page.waitForFunction((s, t) => [...document.querySelectorAll(s)].some((n) => n.textContent?.includes(t)), {}, selector, needle);

async function clickButton(page: Page, name: RegExp | string) {
  const buttons = await page.$$('button');
  for (const button of buttons) {
    const label = await button.evaluate((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
    if (typeof name === 'string' ? label.trim() === name : name.test(label)) return (button as ElementHandle<HTMLButtonElement>).click();
  }
  throw new Error(`no button ${name}`);
}

describe('Firefox: options page and side bar', () => {
  it('stars a partner in the popup; the options page lists it', async () => {
    const popup = await session.openPage('popup.html');
    await searchInFirefoxPopup(popup, 'france travail');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('#card-title');
    await clickButton(popup, /Ajouter .* aux favoris/);
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => /Retirer .* des favoris/.test(b.getAttribute('aria-label') ?? b.textContent ?? '')));
    const name = await text(popup, '#card-title');
    await popup.close();
    const options = await session.openPage('options.html');
    await waitForText(options, 'body', name);
    await options.close();
  });

  it('imports an Excel CSV after its preview; the popup finds the new partner', async () => {
    const page = await session.openPage('options.html');
    const input = (await page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(FIXTURES, 'excel-fr-1252.csv'));
    await waitForText(page, '#import-preview', '3 partenaires prêts à importer');
    await clickButton(page, 'Importer 3 partenaires');
    await waitForText(page, '[role="status"]', '3 partenaires importés depuis « excel-fr-1252.csv »');
    await page.close();
    const popup = await session.openPage('popup.html');
    expect((await searchInFirefoxPopup(popup, 'ccas frontignan'))[0]).toBe('CCAS de Frontignan');
    await popup.close();
  });

  it('the needs side bar: a right-clicked selection gives need chips and partners; alone, it searches', async () => {
    const panel = await session.openPage('sidepanel.html');
    // What the context menu's handler stores (storage.session, memory only), then the panel reads it.
    await panel.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { session: { set(v: object): Promise<void> } } } }).browser;
      await api.storage.session.set({ 'needs:selection': { text: 'pas de mutuelle, dettes de loyer', at: Date.now() } });
    });
    await panel.waitForSelector('.need-chip');
    await panel.waitForSelector('#partner-results [role="option"]');
    const chips = await panel.$$eval('.need-chip', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(chips.length).toBeGreaterThan(0);
    await panel.close();

    const alone = await session.openPage('sidepanel.html');
    await alone.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { session: { clear(): Promise<void> } } } }).browser;
      await api.storage.session.clear();
    });
    await session.goto(alone, 'sidepanel.html');
    // Typed key by key: the rows of « point conseil budget » (data-query), not of a shorter prefix.
    expect((await searchInFirefoxPopup(alone, 'point conseil budget'))[0]).toMatch(/Point conseil budget/);
    await alone.keyboard.press('Enter');
    await alone.waitForSelector('#card-title');
    expect(await text(alone, '#card-title')).toMatch(/Point conseil budget/);
    await alone.close();
  });

  it('printed no extension error', () => {
    expect(session.errors).toEqual([]);
  });
});
