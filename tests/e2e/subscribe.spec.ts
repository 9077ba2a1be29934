import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantHostAccess, launchExtension, waitForStarter, type ExtensionSession, searchInPopup, waitForResults } from './support/extension';
import { startDirectoryServer, type DirectoryServer } from './support/directory-server';

let session: ExtensionSession;
let server: DirectoryServer;
const csv = (...names: string[]) => `Nom;Commune;Code postal;date_maj\r\n${names.map((n) => `${n};Sète;34200;2026-10-01`).join('\r\n')}\r\n`;

beforeAll(async () => {
  server = await startDirectoryServer('/equipe/annuaire.csv', csv('Garage solidaire de Thau', 'Épicerie solidaire du Port'));
  session = await launchExtension();
  await waitForStarter(session);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const searchPopup = (query: string) => searchInPopup(session, query);

const row = (page: import('playwright-core').Page) => page.locator('#sources-table tr', { hasText: 'Annuaire équipe Thau' });

describe('subscription to a team URL', () => {
  it('schedules the refresh alarm when installed', async () => {
    const alarm = await session.worker.evaluate(() => (globalThis as any).chrome.alarms.get('repere:refresh-sources'));
    expect(alarm).toMatchObject({ periodInMinutes: 60 });
  });

  it('refuses plain http outside this machine, before asking anything', async () => {
    const page = await session.openPage('options.html');
    await page.locator('#subscribe-url').fill('http://equipe.example/annuaire.csv');
    await page.getByRole('button', { name: 'S’abonner' }).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'http:// refusée' }).waitFor();
    await page.close();
  });

  it('subscribes to a URL on 127.0.0.1: the partners are searchable at once', async () => {
    await grantHostAccess(session, 'http://127.0.0.1/*');
    const page = await session.openPage('options.html');
    await page.locator('#subscribe-url').fill(server.url);
    await page.locator('#subscribe-label').fill('Annuaire équipe Thau');
    await page.getByRole('button', { name: 'S’abonner' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Abonnement enregistré : 2 partenaires importés' }).waitFor();
    await row(page).waitFor();
    await expect.poll(() => row(page).locator('td.source-count').textContent()).toBe('2');
    await expect.poll(() => row(page).textContent()).toContain(server.url);
    await page.close();
    await expect.poll(async () => (await searchPopup('garage solidaire'))[0], { timeout: 60_000 }).toBe('Garage solidaire de Thau');
  });

  it('refreshes on demand after the server changed its data, then says when nothing changed (ETag)', async () => {
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('garage solidaire');
    await waitForResults(popup, 'garage solidaire');
    await popup.getByRole('combobox').press('Enter');
    await popup.getByRole('button', { name: /Ajouter .* aux favoris/ }).click();
    await popup.locator('textarea[id^="note-input-"]').fill('Demander Karim, atelier ouvert le mardi');
    await popup.getByRole('button', { name: 'Enregistrer la note' }).click();
    await popup.locator('.own-notes .note__text', { hasText: 'atelier ouvert le mardi' }).waitFor();
    await popup.close();

    server.body = csv('Garage solidaire de Thau', 'Épicerie solidaire du Port', 'Auto-école sociale de Sète');
    const page = await session.openPage('options.html');
    await page.getByRole('button', { name: 'Actualiser Annuaire équipe Thau' }).click();
    await row(page).getByRole('status').filter({ hasText: 'Actualisé : 3 partenaires' }).waitFor();
    await expect.poll(() => row(page).locator('td.source-count').textContent()).toBe('3');
    await page.getByRole('button', { name: 'Actualiser Annuaire équipe Thau' }).click();
    await row(page).getByRole('status').filter({ hasText: 'Déjà à jour' }).waitFor();
    expect(server.requests[server.requests.length - 1]['if-none-match']).toMatch(/^"/);
    await page.close();
    await expect.poll(async () => (await searchPopup('auto ecole sociale'))[0], { timeout: 60_000 }).toBe('Auto-école sociale de Sète');
  });

  it('a failing server: the old data is kept, the error and the last good refresh are shown, the favourite and the note stay', async () => {
    server.status = 500;
    const page = await session.openPage('options.html');
    await page.getByRole('button', { name: 'Actualiser Annuaire équipe Thau' }).click();
    const alert = row(page).getByRole('alert');
    await alert.waitFor();
    await expect.poll(() => alert.textContent()).toMatch(/Échec de l’actualisation le .* : Le serveur a répondu 500.*dernière actualisation réussie \(.+\) sont conservées/);
    await expect.poll(() => row(page).locator('td.source-count').textContent()).toBe('3');
    await expect.poll(() => page.locator('#favourites-list').textContent()).toContain('Garage solidaire de Thau');

    server.status = 200;
    server.body = 'ceci n’est pas un annuaire';
    await page.getByRole('button', { name: 'Actualiser Annuaire équipe Thau' }).click();
    await row(page).getByRole('alert').filter({ hasText: 'Fichier reçu invalide' }).waitFor();
    await expect.poll(() => row(page).locator('td.source-count').textContent()).toBe('3');
    await page.close();
    await expect.poll(async () => (await searchPopup('auto ecole sociale'))[0], { timeout: 60_000 }).toBe('Auto-école sociale de Sète');

    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('garage solidaire');
    await waitForResults(popup, 'garage solidaire');
    await popup.getByRole('combobox').press('Enter');
    await popup.locator('.own-notes .note__text', { hasText: 'atelier ouvert le mardi' }).waitFor();
    await popup.getByRole('button', { name: /Retirer .* des favoris/ }).waitFor();
    await popup.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
