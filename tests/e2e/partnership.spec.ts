import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { forgetLastQuery, launchExtension, useExtensionSession, waitForStarter, type ExtensionSession, waitForResults } from './support/extension';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { addDays, addMonths, frenchDate, localDay } from '../../lib/partnership/dates';
import { openFirstCard } from '../support/e2e-actions';

// Partnerships that stay alive: a convention and a contact log on the card, the follow-up board,
// the popup's count, the team's spreadsheet, and the follow-up surviving directory imports.
const session = useExtensionSession();
const today = localDay(new Date());
const conventionEnd = addDays(today, 30);
const eightMonthsAgo = addMonths(today, -8);


const boardLines = (page: Page) =>
  page.locator('#follow-up-board tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim() ?? '').join(' | ')));

async function expectPopupCount(expected: string): Promise<void> {
  // The count sits under an empty box: forget the last search the popup would reopen on.
  await forgetLastQuery(session);
  const popup = await session.openPage('popup.html');
  await popup.locator('.hint').waitFor();
  // Polled: the count is read from the log after the popup's first render.
  await expect.poll(async () => (await popup.locator('.follow-up-count').allTextContents()).join('')).toBe(expected);
  await popup.close();
}

let ft = '';
let ml = '';
let exported = '';
let boardBefore: string[] = [];

/** Every follow-up record as stored, read from the extension's own IndexedDB. */
async function storedFollowUp(target: ExtensionSession) {
  return target.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('repere');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((done) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
      });
    const result = { partnerships: await all('partnerships'), log: await all('contactLog') };
    db.close();
    return result;
  });
}
const IMPORT_FIXTURES = join(__dirname, '../fixtures/import');

describe('partnerships that stay alive', () => {
  it('records a convention ending in 30 days and a contact 8 months old from the card, warning on a person’s data', async () => {
    const popup = await session.openPage('popup.html');
    ft = await openFirstCard(popup, 'france travail');
    await popup.getByLabel('Statut du partenariat').selectOption('convention');
    await popup.getByLabel('Objet').fill('Accueil des jeunes orientés par la Mission Locale');
    await popup.getByLabel('Date de fin').fill(conventionEnd);
    await popup.getByRole('button', { name: 'Enregistrer la convention' }).click();
    await popup.getByText(`Convention (fin le ${frenchDate(conventionEnd)})`).waitFor();
    await popup.close();

    const card = await session.openPage('popup.html');
    ml = await openFirstCard(card, 'mission locale');
    await card.getByLabel('Date', { exact: true }).fill(eightMonthsAgo);
    const note = card.getByLabel('Note sur le partenariat (facultatif)');
    await note.pressSequentially('Orientation de Mme B., NIR 2 85 03 75 123 456 78');
    // Warned while typing, the focus still in the note; the only way to save is to confirm.
    const warning = card.getByRole('alert').filter({ hasText: 'données personnelles' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('numéro de sécurité sociale : « 2 85 03 75 123 456 78 »');
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await card.getByRole('button', { name: 'Ajouter au journal' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Modifier la note' }).click();
    expect(await card.getByTestId('partnership-standing').textContent()).toBe('Jamais contacté');
    await card.getByLabel('Note sur le partenariat (facultatif)').fill('Point sur les permanences\navec la nouvelle équipe');
    await card.getByRole('button', { name: 'Ajouter au journal' }).click();
    await expect.poll(() => card.getByTestId('partnership-standing').textContent()).toBe(
      `Dernier contact le ${frenchDate(eightMonthsAgo)} · à relancer depuis le ${frenchDate(addMonths(eightMonthsAgo, 6))}`,
    );
    expect(await card.getByLabel('Statut du partenariat').inputValue()).toBe('contact');
    await card.close();
  });

  it('puts both on the board and counts them in the popup', async () => {
    // The popup says it in the board's words.
    await expectPopupCount('2 actions de suivi à faire');
    const board = await session.openPage('suivi.html');
    await board.locator('#follow-up-board').waitFor();
    // Polled: the rows come from IndexedDB after the board's first render.
    await expect.poll(() => boardLines(board)).toEqual([`${ml} |  | À relancer`, `${ft} |  | Convention qui se termine`]);
    await expect.poll(() => board.locator('#board-count').textContent()).toBe('2 actions de suivi à faire');
    const violations = await axeViolations(board);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshotThemes(board, 'partnership-board');
    await board.close();
  });

  it('logging a contact from the board’s card moves the relance and takes it off the board', async () => {
    const board = await session.openPage('suivi.html');
    await board.getByRole('button', { name: ml }).click();
    await board.locator('#card-title').waitFor();
    await board.getByLabel('Note sur le partenariat (facultatif)').fill('Appel : nouvelle permanence le mardi');
    await board.getByRole('button', { name: 'Ajouter au journal' }).click();
    await expect.poll(() => board.getByTestId('partnership-standing').textContent()).toBe(
      `Dernier contact le ${frenchDate(today)} · à relancer le ${frenchDate(addMonths(today, 6))}`,
    );
    await expect.poll(() => board.locator('.contact-log__entry').allTextContents()).toEqual([
      expect.stringContaining(`${frenchDate(today)} — Appel`),
      expect.stringContaining(`${frenchDate(eightMonthsAgo)} — Appel`),
    ]);
    const violations = await axeViolations(board);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshotThemes(board, 'partnership-card');
    await board.getByRole('button', { name: /Retour/ }).click();
    await expect.poll(() => boardLines(board)).toEqual([`${ft} |  | Convention qui se termine`]);
    await board.close();
    await expectPopupCount('1 action de suivi à faire');
  });

  it('exports the .xlsx for the team meeting and imports it into a fresh profile: same board', async () => {
    const board = await session.openPage('suivi.html');
    await board.locator('#follow-up-board').waitFor();
    // What the previous test left (polled: the rows come from IndexedDB after the first render).
    await expect.poll(() => boardLines(board)).toEqual([`${ft} |  | Convention qui se termine`]);
    boardBefore = await boardLines(board);
    const [download] = await Promise.all([board.waitForEvent('download'), board.getByRole('button', { name: 'Exporter en .xlsx (suivi + journal)' }).click()]);
    expect(download.suggestedFilename()).toBe(`repere-suivi-${today}.xlsx`);
    exported = (await download.path())!;
    await board.getByRole('status').filter({ hasText: `repere-suivi-${today}.xlsx` }).waitFor();
    await board.close();

    const other = await launchExtension();
    try {
      await waitForStarter(other);
      const page = await other.openPage('suivi.html');
      await page.getByText('Rien à faire pour l’instant').waitFor();
      await page.getByLabel('Importer un tableau de suivi (.xlsx ou .csv)').setInputFiles({ name: 'suivi-equipe.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(exported) });
      const preview = page.locator('#follow-up-preview');
      await preview.waitFor();
      await expect.poll(() => preview.locator('li').allTextContents()).toEqual(['Suivi des partenaires : 2 ajouté(s), 0 remplacé(s)', 'Journal des contacts : 2 ajouté(s), 0 remplacé(s)']);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.getByRole('button', { name: 'Importer le tableau' }).click();
      await expect.poll(() => boardLines(page)).toEqual(boardBefore);
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('a directory import and its refresh leave every follow-up field intact', async () => {
    const before = await storedFollowUp(session);
    expect(before.partnerships).toHaveLength(2);
    const options = await session.openPage('options.html');
    for (const round of ['import', 'refresh']) {
      await options.locator('#import-file').setInputFiles([join(IMPORT_FIXTURES, 'structures.json'), join(IMPORT_FIXTURES, 'services.json')]);
      await options.locator('#import-preview').waitFor();
      await options.getByRole('button', { name: 'Importer 2 partenaires' }).click();
      await options.getByRole('status').filter({ hasText: '2 partenaires importés' }).waitFor();
      expect(await storedFollowUp(session), round).toEqual(before);
    }
    await options.close();
    const board = await session.openPage('suivi.html');
    await expect.poll(() => boardLines(board)).toEqual(boardBefore);
    await board.close();
    expect(session.consoleErrors).toEqual([]);
  });

  it('prints « Cartographie de mon réseau »: the network by need and commune, with statuses and last contacts', async () => {
    const page = await session.openPage('cartographie.html');
    await page.locator('.map-category').first().waitFor();
    const rows = () => page.locator('.map-category tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent?.trim()).join(' | ')));
    // Polled: statuses and last contacts are read from IndexedDB after the first render.
    await expect.poll(rows).toContain(`${ft} | Convention | jusqu’au ${frenchDate(conventionEnd)} | `);
    await expect.poll(rows).toContain(`${ml} | Contact |  | ${frenchDate(today)}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
    await page.emulateMedia({ media: 'screen' });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshotThemes(page, 'partnership-map');
    await page.close();
  });

  it('shows the board in the options page; notifications are optional and off until the counsellor asks', async () => {
    const manifest = await session.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.permissions).not.toContain('notifications');
    const options = await session.openPage('options.html');
    await expect.poll(() => boardLines(options)).toEqual(boardBefore);
    await options.close();
    const board = await session.openPage('suivi.html');
    const toggle = board.getByLabel('Me prévenir par une notification quand un suivi est à faire');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await board.close();
    expect(session.consoleErrors).toEqual([]);
  });

  it('keyboard only: a note with someone’s phone number is saved only after « Enregistrer quand même »', async () => {
    const popup = await session.openPage('popup.html');
    await openFirstCard(popup, 'france travail');
    const note = popup.getByLabel('Note sur le partenariat (facultatif)');
    await note.focus();
    await popup.keyboard.type('Rappeler le jeune au 06 12 34 56 78');
    await popup.getByRole('alert').filter({ hasText: 'numéro de téléphone qui n’est pas celui du partenaire : « 06 12 34 56 78 »' }).waitFor();
    await screenshotThemes(popup, 'partnership-warning');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Enregistrer quand même');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.contact-log__entry').first().textContent()).toContain('Rappeler le jeune au 06 12 34 56 78');
    expect(await popup.getByRole('alert').count()).toBe(0);
    await popup.close();
  });
});
