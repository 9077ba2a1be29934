import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { searchInFirefoxPopup } from './support/firefox';
import { useFirefoxSession } from './support/session';

// Issue 21 in Firefox: the install opens the welcome; with the team's file, a local partner's
// card is three steps away (territory, file, the card from the last step).
const FIXTURES = join(__dirname, '../fixtures/import');
const session = useFirefoxSession();

const waitForText = (page: Page, selector: string, needle: string) =>
  page.waitForFunction((s, t) => [...document.querySelectorAll(s)].some((n) => n.textContent?.includes(t)), {}, selector, needle);

async function clickButton(page: Page, name: string) {
  for (const button of await page.$$('button')) {
    if ((await button.evaluate((b) => b.textContent ?? '')).trim() === name) return (button as ElementHandle<HTMLButtonElement>).click();
  }
  throw new Error(`no button ${name}`);
}

describe('Firefox: a counsellor’s first day', () => {
  it('the install opened the welcome; territory, team file, then a local partner’s card', async () => {
    const welcomeUrl = `${session.baseUrl}options.html#bienvenue`;
    // BiDi reports extension pages as about:blank (no load event): each tab is asked where it is.
    const where = (p: Page) => p.evaluate(() => location.href).catch(() => '');
    const tabs = async () => Promise.all((await session.browser.pages()).map(async (p) => ({ p, href: await where(p) })));
    await expect.poll(async () => (await tabs()).map((tab) => tab.href), { timeout: 30_000 }).toContain(welcomeUrl);
    const page = (await tabs()).find((tab) => tab.href === welcomeUrl)!.p;

    // Step 1: the town typed and chosen with Enter.
    await waitForText(page, '#welcome-step-title', 'Étape 1 sur 3 : Votre territoire');
    await page.waitForSelector('#place-input');
    await page.focus('#place-input');
    await page.keyboard.type('Tourcoing');
    await page.waitForFunction(() => [...document.querySelectorAll('[role="option"]')].some((o) => o.textContent?.startsWith('Tourcoing')));
    await page.keyboard.press('Enter');
    await waitForText(page, '#territory-list', 'Tourcoing');
    await clickButton(page, 'Continuer');

    // Step 2: the team's file, previewed then confirmed.
    await waitForText(page, '#welcome-step-title', 'Étape 2 sur 3 : Votre annuaire');
    const input = (await page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(FIXTURES, 'tourcoing-team.csv'));
    await waitForText(page, '#import-preview', '2 partenaires prêts à importer');
    await clickButton(page, 'Importer 2 partenaires');
    await waitForText(page, '[role="status"]', '2 partenaires importés depuis « tourcoing-team.csv »');
    await clickButton(page, 'Continuer');

    // Step 3: what the directory holds there; the local partners open from here.
    await waitForText(page, '#welcome-step-title', 'Étape 3 sur 3 : Ce que contient votre annuaire');
    await waitForText(page, '#welcome-holdings', '2 partenaires de Tourcoing');
    const link = await page.waitForSelector('.welcome-examples a');
    const href = await link!.evaluate((a) => (a as HTMLAnchorElement).getAttribute('href') ?? '');
    expect(href).toMatch(/^card\.html\?id=/);
    // BiDi skips extension pages' load events: the card is opened at the link's address.
    const card = await session.openPage(href);
    await card.waitForSelector('#card-title');
    expect(await card.$eval('#card-title', (n) => n.textContent)).toBe('Atelier sociolinguistique du Pont-Rouge');
    await card.close();

    // In the popup, the everyday word finds the local FLE workshop first, and the local Mission
    // Locale comes before the national network entry.
    const popup = await session.openPage('popup.html');
    expect((await searchInFirefoxPopup(popup, 'français'))[0]).toBe('Atelier sociolinguistique du Pont-Rouge');
    expect((await searchInFirefoxPopup(popup, 'mission locale')).slice(0, 2)).toEqual(['Mission Locale de Tourcoing', 'Mission Locale (réseau national)']);
    await popup.close();
    expect(session.errors).toEqual([]);
  });
});
