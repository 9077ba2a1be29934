import { describe, expect, it } from 'vitest';
import { searchInFirefoxPopup } from './support/firefox';
import { useFirefoxSession } from './support/session';

const session = useFirefoxSession();

describe('Firefox: toolbar popup', () => {
  it('searches the starter directory in French and opens a card with safe links', async () => {
    const page = await session.openPage('popup.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    const names = await searchInFirefoxPopup(page, 'mision locale');
    expect(names[0]).toMatch(/Mission Locale/i);
    // The first render's chunks were asked for by the <head> script (scripts/head-first.mjs), after it, and the page ran on them.
    const asked = await page.evaluate(() => [...document.querySelectorAll('head script[src="/search-preload.js"] ~ link[rel="modulepreload"]')].map((link) => link.getAttribute('href')));
    expect(asked.length).toBeGreaterThan(5);
    expect(asked.every((href) => /^\/chunks\/.+\.js$/.test(href ?? ''))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#card-title');
    expect(await page.$eval('#card-title', (n) => n.textContent)).toMatch(/Mission Locale/i);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    // Data links are http(s)/tel/mailto only; the carrier line links to the built-in reference page.
    for (const href of hrefs) expect(href).toMatch(/^(https?:|tel:\+?\d{3,}$|mailto:|\/reference\.html(#[a-z0-9-]+)?$)/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role="option"]');
    await page.close();
    expect(session.errors).toEqual([]);
  });

  it('reopens on a query typed just before the popup closed (Firefox drops a write made as the page goes away)', async () => {
    const page = await session.openPage('popup.html');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = 'ccas sete';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Closed at once: a write kept for later (Chrome's 400 ms) would never be made.
    await page.close();
    const again = await session.openPage('popup.html');
    await again.waitForFunction(() => document.querySelector<HTMLInputElement>('#search-input')?.value === 'ccas sete', { timeout: 10_000 });
    await again.close();
    expect(session.errors).toEqual([]);
  });
});
