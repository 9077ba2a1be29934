import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession, waitForResults } from './support/extension';
import { frenchLeftovers, duplicateIds } from './support/french-leftovers';
import { expectNoAxeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { openFirstCard, rightClickFindPartner } from '../support/e2e-actions';

// Every page of the extension in English (Chromium --lang=en-US), beyond the popup and the
// options of english.spec.ts: the needs panel's reasons, the board, the network map, « Who runs
// what? », the printed card. Any French interface text (or French date) left fails; data shown
// in French is marked lang="fr" and each page has no axe violation and no duplicate id.
const session = useExtensionSession({ language: 'en' });

async function expectEnglishAndClean(page: Page, where: string) {
  expect(await frenchLeftovers(page), where).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe('en');
  expect(await duplicateIds(page), where).toEqual([]);
  await expectNoAxeViolations(page, where);
}


describe('every page in English', () => {
  it('popup: a need word gives its reason in English, the partner names marked as French', async () => {
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('dettes');
    await expect.poll(() => popup.locator('.result__reason').first().textContent()).toMatch(/^Found for: .*[Dd]ebt/);
    expect(await popup.locator('.result__name').first().getAttribute('lang')).toBe('fr');
    await expectEnglishAndClean(popup, 'popup « dettes »');
    await popup.close();
  });

  it('side panel: « Serves: » with the needs in English', async () => {
    const panel = await rightClickFindPartner(session, "Mme n'a pas le permis. Dette de loyer de 3 200 €.");
    await panel.locator('#partner-results').getByRole('option').first().waitFor();
    const reasons = await panel.locator('.result__reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(3);
    for (const reason of reasons) expect(reason).toMatch(/^Serves: (Mobility|Housing|Financial)/);
    await expectEnglishAndClean(panel, 'side panel with needs');
    await panel.close();
  });

  it('board, network map and the card’s partnership block: English words, English dates', async () => {
    const popup = await session.openPage('popup.html');
    await openFirstCard(popup, 'france travail');
    await popup.locator('.star').click();
    await expect.poll(() => popup.locator('.star').getAttribute('aria-pressed')).toBe('true');
    await popup.getByLabel('Date', { exact: true }).fill('2025-01-15');
    await popup.getByRole('button', { name: 'Add to the log' }).click();
    await popup.getByTestId('partnership-standing').filter({ hasText: 'Last contact' }).waitFor();
    await expectEnglishAndClean(popup, 'card with its partnership');
    await popup.close();

    const board = await session.openPage('suivi.html');
    await board.locator('#follow-up-board').waitFor();
    expect(await board.title()).toBe('Repère — partnership follow-up');
    await expectEnglishAndClean(board, 'board');
    await board.close();

    const map = await session.openPage('cartographie.html');
    await map.locator('.map-category').first().waitFor();
    expect(await map.title()).toBe('Repère — map of my network');
    expect(await map.locator('.map > p.muted').first().textContent()).toMatch(/As of \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expectEnglishAndClean(map, 'network map');
    await map.close();
  });

  it('« Who runs what? »: the list, an entry with its check date', async () => {
    const page = await session.openPage('reference.html');
    await page.locator('h1').waitFor();
    expect(await page.title()).toBe('Repère — who runs what?');
    await expectEnglishAndClean(page, 'reference list');
    await page.goto(`chrome-extension://${session.extensionId}/reference.html#plie`);
    await page.getByText(/checked on \d{1,2} [A-Z][a-z]+ \d{4}/).waitFor();
    await expectEnglishAndClean(page, 'reference #plie');
    await screenshotThemes(page, 'english-reference-plie');
    await page.close();
  });

  it('options: the sources table names the starter in English and dates its records in English', async () => {
    const page = await session.openPage('options.html');
    await page.locator('#sources-table').waitFor();
    expect(await page.title()).toBe('Repère — options');
    expect(await page.locator('#sources-table .source-label').allTextContents()).toContain('National starter directory (Repère)');
    expect(await page.locator('#sources-table tbody tr td:nth-child(5)').first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expectEnglishAndClean(page, 'options');
    await page.close();
  });

  it('the printed card: English, with an h1', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?print=repere--france-travail`);
    await expect.poll(() => page.locator('#card-title').textContent()).toBe('France Travail');
    expect(await page.locator('h1').textContent()).toBe('Partner card');
    await page.emulateMedia({ media: 'print' });
    await expectEnglishAndClean(page, 'printed card');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
