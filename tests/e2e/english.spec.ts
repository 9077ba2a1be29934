import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession, waitForResults } from './support/extension';
import { frenchLeftovers } from './support/french-leftovers';
import { screenshotThemes } from './support/screenshots';

// The whole interface in English (Chromium --lang=en-US, LANGUAGE=en): each page and state is
// read as a counsellor would, and any French interface text left over fails the test.
const FIXTURES = join(__dirname, '../fixtures/import');
const session = useExtensionSession({ language: 'en' });

async function expectEnglish(page: Page, where: string) {
  expect(await frenchLeftovers(page), where).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe('en');
}

describe('the English interface', () => {
  it('popup: empty, results, no result, a card', async () => {
    const popup = await session.openPage('popup.html');
    await popup.locator('.hint').waitFor();
    expect(await popup.locator('.hint').textContent()).toMatch(/^Type a few letters/);
    await expectEnglish(popup, 'empty popup');
    await popup.getByRole('combobox').fill('mission locale');
    await waitForResults(popup, 'mission locale');
    await expectEnglish(popup, 'results');
    await popup.getByRole('combobox').fill('zzzzqqq');
    await popup.getByText(/^No partner matches/).waitFor();
    await expectEnglish(popup, 'no result');
    await popup.getByRole('combobox').fill('mission locale reseau national');
    await popup.getByRole('option', { name: /Mission Locale \(réseau national\)/ }).first().waitFor();
    await popup.getByRole('option', { name: /Mission Locale \(réseau national\)/ }).first().click();
    await popup.locator('#card-title').waitFor();
    expect(await popup.locator('.freshness').textContent()).toMatch(/^Record updated on \d{1,2} [A-Z][a-z]+ \d{4} \(/);
    await expectEnglish(popup, 'card');
    await popup.close();
  });

  it('options: every part, an import preview with its problems, a restore preview', async () => {
    const page = await session.openPage('options.html');
    await page.locator('#sources-table').waitFor();
    await page.locator('#csv-help summary').click();
    await expectEnglish(page, 'options page');

    await page.locator('#import-file').setInputFiles({
      name: 'team.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nom;courriel;frais;Remarque\nCCAS de Sète;pas-un-courriel;gratuite;x\n;a@b.fr;;\n'),
    });
    await page.locator('#import-problems').waitFor();
    const problems = await page.locator('#import-problems li').allTextContents();
    expect(problems).toContainEqual(expect.stringMatching(/^Line 2 · “CCAS de Sète” — Field “Fees” ignored, the rest is kept: unknown value in the list of fees; accepted values: gratuit, payant$/));
    expect(await page.locator('.import-summary').textContent()).toMatch(/^1 partner ready to import \(1 service\)\./);
    await expectEnglish(page, 'import preview');
    await screenshotThemes(page, 'i21-import-preview-en', page.locator('#import-preview'));
    await page.getByRole('button', { name: 'Cancel' }).click();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    await page.locator('#restore-file').setInputFiles((await download.path())!);
    await page.locator('#restore-preview-table').waitFor();
    await expectEnglish(page, 'restore preview');
    await page.close();
  });

  it('the welcome, the side panel and the card in a tab', async () => {
    const welcome = await session.openPage('options.html#bienvenue');
    await welcome.getByRole('heading', { name: 'Step 1 of 3: Your area' }).waitFor();
    await welcome.locator('#place-input').waitFor();
    await expectEnglish(welcome, 'welcome step 1');
    await welcome.getByRole('button', { name: 'Continue' }).click();
    await welcome.getByRole('heading', { name: 'Step 2 of 3: Your directory' }).waitFor();
    await expectEnglish(welcome, 'welcome step 2');
    await welcome.getByRole('button', { name: 'Continue' }).click();
    await welcome.getByRole('heading', { name: 'Step 3 of 3: What your directory holds' }).waitFor();
    await expectEnglish(welcome, 'welcome step 3');
    await welcome.close();

    const panel = await session.openPage('sidepanel.html');
    await panel.getByRole('combobox').waitFor();
    await expectEnglish(panel, 'side panel');
    await panel.close();

    const card = await session.openPage('card.html?id=repere--mission-locale');
    await card.locator('#card-title').waitFor();
    await expectEnglish(card, 'card in a tab');
    await card.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
