import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';

// The options page as an app: a table of contents with deep links, the first-run welcome in
// three steps, and focus that never falls to <body> after an action replaces what had it.
const FIXTURES = join(__dirname, '../fixtures/import');
const session = useExtensionSession();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body ? `${el.tagName.toLowerCase()}#${el.id}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} ${el.textContent?.slice(0, 60) ?? ''}` : 'body';
  });

async function expectNoAxeViolation(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('the options page', () => {
  it('welcomes a new counsellor in three steps, by keyboard: territory, team file, ready', async () => {
    const page = await session.openPage('options.html');
    const banner = page.getByRole('complementary', { name: 'Première utilisation ?' });
    await banner.waitFor();
    await banner.getByRole('link', { name: 'Commencer' }).focus();
    await page.keyboard.press('Enter');

    // Step 1: the territory.
    const stepHeading = page.locator('#welcome-step-title');
    await expect.poll(() => stepHeading.textContent()).toBe('Étape 1 sur 3 : Votre territoire');
    await expect.poll(() => focused(page)).toMatch(/^h2#welcome-step-title/);
    await expectNoAxeViolation(page);
    await screenshotThemes(page, 'options-welcome');
    await page.locator('#place-input').waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatch(/^input#place-input/);
    await page.keyboard.type('Sète');
    await page.getByRole('option', { name: /^Sète/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#territory-list', { hasText: 'Sète' }).waitFor();
    await page.getByRole('button', { name: 'Continuer' }).focus();
    await page.keyboard.press('Enter');

    // Step 2: the département's directory is offered for the territory's département, or the team's file.
    await expect.poll(() => stepHeading.textContent()).toBe('Étape 2 sur 3 : Votre annuaire');
    await expect.poll(() => focused(page)).toMatch(/^h2#welcome-step-title/);
    expect(await page.locator('#national-departement').inputValue()).toBe('34');
    await page.locator('#import-file').setInputFiles(join(FIXTURES, 'libreoffice-utf8.csv'));
    await page.locator('#import-preview').waitFor();
    await expectNoAxeViolation(page);
    const confirm = page.getByRole('button', { name: /^Importer \d+ partenaires?$/ });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.locator('.import-done').waitFor();
    await expect.poll(() => focused(page)).toMatch(/^p#(import-outcome)?\[status\].*importés? depuis « libreoffice-utf8\.csv »/);
    await page.getByRole('button', { name: 'Continuer' }).focus();
    await page.keyboard.press('Enter');

    // Step 3: what the directory holds there, and how to search.
    await expect.poll(() => stepHeading.textContent()).toBe('Étape 3 sur 3 : Ce que contient votre annuaire');
    await expect.poll(() => page.locator('.welcome-step').textContent()).toMatch(/Votre territoire : Sète.*Votre annuaire contient :.*\d+ numéros et réseaux nationaux.*« rp »/);
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Voir toutes les options' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#reseau');
    await expect.poll(() => focused(page)).toMatch(/^div#reseau/);
    // Set up: the banner is gone.
    expect(await page.locator('.welcome-banner').count()).toBe(0);
    await page.close();
  });

  it('has a table of contents whose deep links land on their part with the focus; axe finds nothing', async () => {
    const page = await session.openPage('options.html#annuaire');
    await page.locator('#sources-table').waitFor();
    await expect.poll(() => focused(page)).toMatch(/^div#annuaire/);
    const nav = page.getByRole('navigation', { name: 'Parties des options' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Mon réseau', 'Mon territoire', 'Annuaire', 'Sites de suivi', 'Sauvegarde', 'À propos']);
    await expect.poll(() => nav.locator('[aria-current]').textContent()).toBe('Annuaire');
    await expectNoAxeViolation(page);
    await screenshotThemes(page, 'options-page');

    // By keyboard: the contents, then the part, then its first control.
    await nav.getByRole('link', { name: 'Sauvegarde' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^div#sauvegarde/);
    await expect.poll(() => nav.locator('[aria-current]').textContent()).toBe('Sauvegarde');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatch(/^button# Exporter mes données/);

    // Erasing is apart and last: after everything else, after « À propos ».
    const order = await page.evaluate(() => [...document.querySelectorAll('main > *')].map((el) => el.id || el.tagName.toLowerCase()));
    expect(order.slice(-3)).toEqual(['sauvegarde', 'a-propos', 'wipe']);
    expect(await page.locator('#backup').getByRole('button', { name: /Effacer/ }).count()).toBe(0);
    await page.close();
  });

  it('enters an own partner’s hours day by day, by keyboard; the OpenStreetMap text is written for the counsellor', async () => {
    const page = await session.openPage('options.html#reseau');
    await page.getByRole('button', { name: 'Créer un partenaire' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#own-nom').fill('Permanence emploi du Barrou');
    const monday = page.locator('#own-horaires_accueil');
    expect(await monday.getAttribute('aria-label')).toBe('lundi, matin : ouverture');
    await monday.focus();
    await page.keyboard.type('0900');
    // A time field has segments of its own (hours, minutes, maybe AM/PM) that Tab walks through.
    await page.getByLabel('lundi, matin : fermeture').focus();
    await page.keyboard.type('1230');
    await page.getByRole('button', { name: 'Recopier le lundi sur mardi à vendredi' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('vendredi, après-midi : ouverture').focus();
    await page.keyboard.type('1400');
    // Half a range is flagged until its closing time is there.
    await page.getByText('vendredi : la fermeture doit venir après l’ouverture, et les deux heures être remplies.').waitFor();
    await page.getByLabel('vendredi, après-midi : fermeture').focus();
    await page.keyboard.type('1630');
    await expect.poll(() => page.locator('.hours-editor .error').count()).toBe(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer le partenaire' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('« Permanence emploi du Barrou » est enregistré.').waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((done) => {
          const open = indexedDB.open('repere');
          open.onsuccess = () => {
            const request = open.result.transaction('partners').objectStore('partners').getAll();
            request.onsuccess = () => done(request.result.find((p: { nom: string }) => p.nom === 'Permanence emploi du Barrou')?.horaires_accueil);
          };
        }),
    );
    expect(stored).toBe('Mo-Th 09:00-12:30; Fr 09:00-12:30,14:00-16:30');
    await page.close();
  });

  it('after deleting an own partner or removing a source, the focus is on the message that says so', async () => {
    const page = await session.openPage('options.html#reseau');
    await page.getByRole('button', { name: 'Supprimer Permanence emploi du Barrou' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('p#own-partners-status[status] « Permanence emploi du Barrou » est supprimé.');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Retirer la source libreoffice-utf8.csv' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#sources-table tr', { hasText: 'libreoffice-utf8.csv' }).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatch(/^p#\[status\] La source « libreoffice-utf8\.csv » et ses partenaires/);
    await page.close();
  });

  it('exports a backup, previews and confirms a restore, then erases, all by keyboard: focus is never left on <body>', async () => {
    const page = await session.openPage('options.html#sauvegarde');
    const exportButton = page.getByRole('button', { name: 'Exporter mes données' });
    await exportButton.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const file = await download.path();
    await page.getByRole('status').filter({ hasText: 'Sauvegarde enregistrée' }).waitFor();
    expect(await focused(page)).toMatch(/^button# Exporter mes données/);

    await page.locator('#restore-file').setInputFiles(file!);
    await page.locator('#restore-preview-table').waitFor();
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Restaurer', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Sauvegarde restaurée.').waitFor();
    await expect.poll(() => focused(page)).toMatch(/^p#(backup-status)?\[status\] Sauvegarde restaurée\./);

    await page.getByRole('button', { name: 'Effacer toutes mes données…' }).focus();
    await page.keyboard.press('Enter');
    // The safe answer has the focus; the counsellor moves back to « Oui, tout effacer » on purpose.
    await expect.poll(() => focused(page)).toMatch(/^button#backup-wipe-cancel Annuler/);
    await expectNoAxeViolation(page);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toMatch(/^button# Oui, tout effacer/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^p#\[status\] Vos données personnelles ont été effacées et/);
    await page.close();
  });
});
