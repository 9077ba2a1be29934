import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { grantHostAccess, useExtensionSession } from './support/extension';
import { startCasePageServer, type CasePageServer } from './support/case-page-server';
import { startDirectoryServer, type DirectoryServer } from './support/directory-server';
import { needsMessagesFrom, recordNeedsMessages } from './support/case-reader';

// Issue 23: one host permission, two uses (a case site and a subscription on 127.0.0.1): giving
// one up keeps the other working. A site address with a port means that port. A page of another
// site framing an enabled site gets no badge.
declare const chrome: typeof import('wxt/browser').browser;

const session = useExtensionSession();
let cases: CasePageServer;
let directory: DirectoryServer;
let framing: DirectoryServer;

beforeAll(async () => {
  cases = await startCasePageServer();
  directory = await startDirectoryServer('/equipe/annuaire.csv', 'Nom;Commune;Code postal;date_maj\r\nGarage solidaire de Thau;Sète;34200;2026-10-01\r\n');
  framing = await startDirectoryServer('/cadre.html', `<!doctype html><html lang="fr"><title>Cadre</title><iframe title="dossier" src="${cases.url('spa-dossier.html')}"></iframe></html>`, 'text/html; charset=utf-8');
  await grantHostAccess(session, 'http://127.0.0.1/*');
});
afterAll(async () => {
  await cases?.close();
  // The browser (closed after this hook) keeps connections to these open: they end with it.
  void directory?.close();
  void framing?.close();
});

const hostAccess = () => session.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
const badge = (tabId: number) => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
  return { page, tabId };
}

async function enableCaseSite(options: Page) {
  const section = options.locator('#sites-de-suivi');
  await section.getByLabel('Adresse du site').fill(cases.origin);
  await section.getByRole('button', { name: 'Activer', exact: true }).click();
  await section.getByRole('list', { name: 'Sites activés' }).getByText(cases.origin).waitFor();
}

describe('host permissions counted per use', () => {
  it('a case site with a port is enabled for that port only', async () => {
    const options = await session.openPage('options.html');
    await options.locator('#subscribe-url').fill(directory.url);
    await options.locator('#subscribe-label').fill('Annuaire équipe Thau');
    await options.getByRole('button', { name: 'S’abonner' }).click();
    await options.getByRole('status').filter({ hasText: 'Abonnement enregistré : 1 partenaire importé' }).waitFor();
    await enableCaseSite(options);
    // Polled: the list shows the site from storage; the registration may land just after.
    await expect.poll(async () => (await session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).map((s) => s.matches)).toEqual([[`${cases.origin}/*`]]);
    await options.close();
  });

  it('a page of another site framing the enabled site gets no badge', async () => {
    const direct = await openTab(cases.url('spa-dossier.html'));
    await expect.poll(() => badge(direct.tabId)).toBe('1');
    await recordNeedsMessages(session);
    const framed = await openTab(framing.url);
    await framed.page.frameLocator('iframe').locator('#note').waitFor();
    // The frame's script runs and reads: once the background has heard it send the two needs of
    // the typed words (a state, not a pause), the framing tab must still be without badge.
    await framed.page.frameLocator('iframe').locator('#note').pressSequentially("Elle n'a pas le permis.", { delay: 10 });
    await expect.poll(() => needsMessagesFrom(session, framed.tabId)).toContain(2);
    expect(await badge(framed.tabId)).toBe('');
    await Promise.all([direct.page.close(), framed.page.close()]);
  });

  it('« Retirer » the case site keeps the access the subscription needs: its refresh still works', async () => {
    const options = await session.openPage('options.html');
    await options.locator('#sites-de-suivi').getByRole('button', { name: `Retirer ${cases.origin}` }).click();
    await options.locator('#sites-de-suivi').getByText('Aucun site activé.').waitFor();
    expect(await hostAccess()).toBe(true);
    await options.getByRole('button', { name: 'Actualiser Annuaire équipe Thau' }).click();
    await options.locator('#sources-table tr', { hasText: 'Annuaire équipe Thau' }).getByRole('status').filter({ hasText: /Actualisé|Déjà à jour/ }).waitFor();
    expect(await options.locator('#sources-table tr', { hasText: 'Annuaire équipe Thau' }).locator('.source-error').count()).toBe(0);
    await options.close();
  });

  it('« Retirer » the subscription keeps the access the case site needs', async () => {
    const options = await session.openPage('options.html');
    await enableCaseSite(options);
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: 'Retirer la source Annuaire équipe Thau' }).click();
    await options.locator('#sources-table tr', { hasText: 'Annuaire équipe Thau' }).waitFor({ state: 'detached' });
    expect(await hostAccess()).toBe(true);
    const { page, tabId } = await openTab(cases.url('spa-dossier.html'));
    await expect.poll(() => badge(tabId)).toBe('1');
    await Promise.all([page.close(), options.close()]);
  });
});
