import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession, waitForResults } from './support/extension';
import { axeViolations, describeViolations } from './support/axe';
import { pdfText } from './support/pdf-text';
import { screenshotThemes } from './support/screenshots';

const session = useExtensionSession();

const input = (page: Page) => page.getByRole('combobox');
const entryTitle = (page: Page) => page.locator('#reference-entry-title');
/** Whitespace-free text: a PDF's word spacing is not the page's. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

async function expectNoAxeViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('« Qui porte quoi ? »', () => {
  it('answers « qui porte le PLIE » in the popup with the PLIE entry first; Enter opens it', async () => {
    const page = await session.openPage('popup.html');
    await input(page).fill('qui porte le PLIE');
    const result = page.locator('.reference-result');
    await expect.poll(() => result.textContent()).toMatch(/Référence.*PLIE — Plan local pour l’insertion et l’emploi.*porté par Commune ou intercommunalité/);
    // First on screen, above any partner, and what Enter opens.
    const [resultTop, firstPartnerTop] = await page.evaluate(() => [
      document.querySelector('.reference-result')!.getBoundingClientRect().top,
      document.querySelector('[role="option"]')?.getBoundingClientRect().top ?? Infinity,
    ]);
    expect(resultTop).toBeLessThan(firstPartnerTop);
    // The partners below answer the question's words only, as if « plie » had been typed.
    const partnerNames = () => page.getByRole('option').locator('.result__name').allTextContents();
    await expect.poll(async () => (await partnerNames())[0]).toMatch(/^PLIE/);
    const asked = await partnerNames();
    await input(page).fill('plie');
    await expect.poll(partnerNames).toEqual(asked);
    await input(page).fill('qui porte le PLIE');
    await expect.poll(partnerNames).toEqual(asked);
    await expect.poll(() => input(page).getAttribute('aria-activedescendant')).toBe('reference-result');
    await expectNoAxeViolations(page);
    await screenshotThemes(page, 'reference-result-popup');
    await input(page).press('Enter');
    await expect.poll(() => entryTitle(page).textContent()).toBe('Plan local pour l’insertion et l’emploi (PLIE)');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reference-entry-title');
    const facts = (await page.locator('.entry-facts').textContent()) ?? '';
    expect(facts).toMatch(/Financé par.*Fonds social européen/);
    expect(facts).toMatch(/Comment y accéder/);
    await expect.poll(() => page.locator('.local-partners').textContent()).toMatch(/1 partenaire de ce réseau dans votre annuaire.*PLIE - Plans locaux/);
    await expectNoAxeViolations(page);
    await screenshotThemes(page, 'reference-entry-popup');
    await page.keyboard.press('Escape');
    await expect.poll(() => input(page).inputValue()).toBe('qui porte le PLIE');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.close();
  });

  it('keeps Enter on the local partner for a network’s bare name; ↑ reaches the reference', async () => {
    const page = await session.openPage('popup.html');
    await input(page).fill('mission locale');
    await waitForResults(page, 'mission locale');
    await expect.poll(() => page.locator('.reference-result').textContent()).toMatch(/ML — Mission Locale/);
    await expect.poll(() => page.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await input(page).press('ArrowUp');
    await expect.poll(() => input(page).getAttribute('aria-activedescendant')).toBe('reference-result');
    await input(page).press('ArrowDown');
    await expect.poll(() => page.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await input(page).press('Enter');
    await expect.poll(() => page.locator('#card-title').textContent()).toMatch(/Mission Locale/);
    await page.close();
  });

  it('shows the carrier line on a Mission Locale card; it opens the entry and its local partners', async () => {
    const page = await session.openPage('popup.html');
    await input(page).fill('mission locale');
    await waitForResults(page, 'mission locale');
    await input(page).press('Enter');
    const line = page.locator('.carrier-line');
    await expect.poll(() => line.textContent()).toBe('ML — porté par Association présidée par des élus locaux · financé par État, Région, communes et intercommunalités, Fonds social européen');
    await line.getByRole('link', { name: 'ML' }).click();
    await expect.poll(() => entryTitle(page).textContent()).toBe('Mission Locale (ML)');
    await expectNoAxeViolations(page);
    // A partner of the network opens its card; the entry's « voir aussi » opens another entry.
    await page.locator('.local-partners').getByRole('button', { name: /Mission Locale/ }).click();
    await expect.poll(() => page.locator('#card-title').textContent()).toMatch(/Mission Locale/);
    await line.getByRole('link').click();
    await page.locator('.entry-facts').getByRole('link', { name: 'CEJ' }).click();
    await expect.poll(() => entryTitle(page).textContent()).toBe('Contrat d’engagement jeune (CEJ)');
    await page.close();
  });

  it('lists the entries by carrier on the reference page', async () => {
    const page = await session.openPage('reference.html');
    await page.getByRole('heading', { level: 1, name: /Qui porte quoi/ }).waitFor();
    const groups = page.locator('.map-group h2');
    await expect.poll(() => groups.first().textContent()).toMatch(/^État et ses opérateurs/);
    expect(await groups.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Département/), expect.stringMatching(/^Commune ou intercommunalité/), expect.stringMatching(/^Association ou fondation/)]));
    const communes = page.locator('.map-group', { has: page.getByRole('heading', { name: /^Commune ou intercommunalité/ }) });
    expect(await communes.getByRole('link').allTextContents()).toContain('PLIE — Plan local pour l’insertion et l’emploi');
    expect(await page.locator('.map-entry').count()).toBeGreaterThanOrEqual(120);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('lists them by need, finds one by its words, and opens one at its address', async () => {
    const page = await session.openPage('reference.html');
    await page.getByRole('button', { name: 'Par besoin' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Par besoin' }).getAttribute('aria-pressed')).toBe('true');
    const housing = page.locator('.map-group', { has: page.getByRole('heading', { name: /^Logement et hébergement/ }) });
    expect(await housing.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['FSL — Fonds de solidarité pour le logement', 'SIAO — Service intégré d’accueil et d’orientation']));

    await page.getByLabel('Chercher un dispositif').fill('garantie jeunes');
    await expect.poll(() => page.locator('.map-entry__name').first().textContent()).toBe('CEJ — Contrat d’engagement jeune');
    await screenshotThemes(page, 'reference-map');

    await page.goto(`chrome-extension://${session.extensionId}/reference.html#fsl`);
    await expect.poll(() => entryTitle(page).textContent()).toBe('Fonds de solidarité pour le logement (FSL)');
    await expect.poll(() => page.locator('.entry-facts').textContent()).toMatch(/Porté par\s*Département/);
    await expectNoAxeViolations(page);
    await screenshotThemes(page, 'reference-entry-page');
    await page.getByRole('link', { name: /Toute la carte/ }).click();
    await page.locator('.map-group').first().waitFor();
    await page.close();
  });

  it('prints the map without the interface chrome', async () => {
    const page = await session.openPage('reference.html');
    await page.locator('.map-entry').first().waitFor();
    const text = squeezed(pdfText(await page.pdf({ format: 'A4' })));
    // What the map says is there…
    for (const shown of ['Quiportequoi?', 'Étatetsesopérateurs', 'PLIE—Planlocalpourl’insertionetl’emploi', 'portéparCommuneouintercommunalité', 'Fondssocialeuropéen', 'Pourqui:']) {
      expect(text, shown).toContain(shown);
    }
    // …and none of the controls.
    for (const chrome of ['Imprimerlacarte', 'Parbesoin', 'Parporteur', 'Chercherundispositif']) {
      expect(text, chrome).not.toContain(chrome);
    }
    await page.close();
  });

  it('is linked from the popup and the options page', async () => {
    const popup = await session.openPage('popup.html');
    expect(await popup.getByRole('link', { name: 'Qui porte quoi ?' }).getAttribute('href')).toBe('/reference.html');
    await popup.close();
    const options = await session.openPage('options.html');
    expect(await options.locator('#about').getByRole('link', { name: 'Qui porte quoi ?' }).getAttribute('href')).toBe('/reference.html');
    await options.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
