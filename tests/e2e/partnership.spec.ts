import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { addDays, addMonths, frenchDate, localDay } from '../../lib/partnership/dates';

// Partnerships that stay alive: a convention and a contact log on the card, the follow-up board,
// the popup's count, the team's spreadsheet, and the follow-up surviving directory imports.
const session = useExtensionSession();
const today = localDay(new Date());
const conventionEnd = addDays(today, 30);
const eightMonthsAgo = addMonths(today, -8);

async function openCard(page: Page, query: string): Promise<string> {
  await page.locator('#search-input').fill(query);
  await page.getByRole('option').first().waitFor();
  await page.locator('#search-input').press('Enter');
  await page.locator('#card-title').waitFor();
  return (await page.locator('#card-title').textContent()) ?? '';
}

const boardLines = (page: Page) =>
  page.locator('#follow-up-board tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim() ?? '').join(' | ')));

async function popupCount(): Promise<string> {
  const popup = await session.openPage('popup.html');
  await popup.locator('.hint').waitFor();
  const text = await popup.locator('.follow-up-count').textContent({ timeout: 5000 }).catch(() => '');
  await popup.close();
  return text ?? '';
}

let ft = '';
let ml = '';

describe('partnerships that stay alive', () => {
  it('records a convention ending in 30 days and a contact 8 months old from the card, warning on a person’s data', async () => {
    const popup = await session.openPage('popup.html');
    ft = await openCard(popup, 'france travail');
    await popup.getByLabel('Statut du partenariat').selectOption('convention');
    await popup.getByLabel('Objet').fill('Accueil des jeunes orientés par la Mission Locale');
    await popup.getByLabel('Date de fin').fill(conventionEnd);
    await popup.getByRole('button', { name: 'Enregistrer la convention' }).click();
    await popup.getByText(`Convention (fin le ${frenchDate(conventionEnd)})`).waitFor();
    await popup.close();

    const card = await session.openPage('popup.html');
    ml = await openCard(card, 'mission locale');
    await card.getByLabel('Date', { exact: true }).fill(eightMonthsAgo);
    await card.getByLabel('Note sur le partenariat (facultatif)').fill('Orientation de Mme B., NIR 2 85 03 75 123 456 78');
    await card.getByRole('button', { name: 'Enregistrer le contact' }).click();
    const warning = card.getByRole('alert').filter({ hasText: 'données personnelles' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('numéro de sécurité sociale : « 2 85 03 75 123 456 78 »');
    expect(await card.getByTestId('partnership-standing').textContent()).toBe('Jamais contacté');
    await card.getByRole('button', { name: 'Modifier la note' }).click();
    await card.getByLabel('Note sur le partenariat (facultatif)').fill('Point sur les permanences\navec la nouvelle équipe');
    await card.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expect.poll(() => card.getByTestId('partnership-standing').textContent()).toBe(
      `Dernier contact le ${frenchDate(eightMonthsAgo)} · à relancer depuis le ${frenchDate(addMonths(eightMonthsAgo, 6))}`,
    );
    expect(await card.getByLabel('Statut du partenariat').inputValue()).toBe('contact');
    await card.close();
  });

  it('puts both on the board and counts them in the popup', async () => {
    expect(await popupCount()).toBe('2 relances à faire');
    const board = await session.openPage('suivi.html');
    await board.locator('#follow-up-board').waitFor();
    expect(await boardLines(board)).toEqual([`${ml} |  | À relancer`, `${ft} |  | Convention qui se termine`]);
    expect(await board.locator('#board-count').textContent()).toBe('2 actions de suivi à faire');
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
    await board.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expect.poll(() => board.getByTestId('partnership-standing').textContent()).toBe(
      `Dernier contact le ${frenchDate(today)} · à relancer le ${frenchDate(addMonths(today, 6))}`,
    );
    expect(await board.locator('.contact-log__entry').allTextContents()).toEqual([
      expect.stringContaining(`${frenchDate(today)} — Appel`),
      expect.stringContaining(`${frenchDate(eightMonthsAgo)} — Appel`),
    ]);
    const violations = await axeViolations(board);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshotThemes(board, 'partnership-card');
    await board.getByRole('button', { name: /Retour/ }).click();
    await expect.poll(() => boardLines(board)).toEqual([`${ft} |  | Convention qui se termine`]);
    await board.close();
    expect(await popupCount()).toBe('1 relance à faire');
  });
});
