import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantHostAccess, searchInPopup, type ExtensionSession } from './support/extension';
import { startDirectoryServer, type DirectoryServer } from './support/directory-server';
import { launchUnderPolicy, type PolicyFile } from './support/managed-policy';
import { screenshotThemes } from './support/screenshots';
import { axeViolations, describeViolations } from './support/axe';

async function checkA11y(page: import('playwright-core').Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

// A structure deploys Repère with a policy (docs/deploiement.md): a fresh profile opens with its
// territory, its team directory, its case site proposed and its locks — then a broken policy.
let session: ExtensionSession;
let server: DirectoryServer;
let policyFile: PolicyFile;
const CASE_SITE = 'http://localhost:8765';
const csv = `Nom;Commune;Code postal;date_maj\r\nGarage solidaire de Thau;Sète;34200;2026-10-01\r\nÉpicerie solidaire du Port;Sète;34200;2026-10-01\r\n`;

beforeAll(async () => {
  server = await startDirectoryServer('/equipe/annuaire.csv', csv);
  ({ session, policyFile } = await launchUnderPolicy({
    territory: ['34301'],
    subscriptions: [{ url: server.url, label: 'Annuaire de la Mission Locale', coordinatorEmail: 'coordination@ml-thau.fr' }],
    caseSites: [CASE_SITE],
    locked: { territory: true, subscriptions: true },
  }));
});
afterAll(async () => {
  policyFile?.remove();
  await session?.close();
  await server?.close();
});

describe('deployed by a structure (Chromium policy)', () => {
  it('opens with the structure’s territory, not editable', async () => {
    const page = await session.openPage('options.html#territoire');
    const list = page.locator('#territory-list');
    await expect.poll(() => list.textContent()).toContain('Sète (34)');
    expect(await list.textContent()).toContain('géré par votre structure');
    await page.locator('#territory-locked', { hasText: 'Territoire géré par votre structure' }).waitFor();
    expect(await page.locator('section#territory').getByRole('combobox').count()).toBe(0);
    expect(await list.getByRole('button').count()).toBe(0);
    await page.close();
    // The popup does not send a counsellor whose territory is set to the first steps.
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').waitFor();
    await popup.getByRole('button', { name: 'Ouvrir les options' }).or(popup.locator('footer')).first().waitFor();
    expect(await popup.getByText('Premiers pas : votre territoire et votre annuaire').count()).toBe(0);
    await popup.close();
  });

  it('lists the team directory as proposed and fetches it from 127.0.0.1 once the origin is granted; searchable at once', async () => {
    const page = await session.openPage('options.html#annuaire');
    const proposed = page.locator('#managed-subscriptions');
    await proposed.getByText('Annuaire de la Mission Locale').waitFor();
    expect(await proposed.textContent()).toContain('géré par votre structure');
    // Subscriptions are locked: no form to add another one.
    await page.locator('#subscriptions-locked', { hasText: 'Abonnements gérés par votre structure' }).waitFor();
    expect(await page.locator('#subscribe-url').count()).toBe(0);
    await grantHostAccess(session, 'http://127.0.0.1/*');
    await proposed.getByRole('button', { name: 'Autoriser l’accès à http://127.0.0.1' }).click();
    const row = page.locator('#sources-table tr', { hasText: 'Annuaire de la Mission Locale' });
    await expect.poll(() => row.locator('td.source-count').textContent(), { timeout: 60_000 }).toBe('2');
    await expect.poll(() => proposed.getByRole('button').count()).toBe(0);
    await checkA11y(page);
    await screenshotThemes(page, 'managed-subscriptions', page.locator('#subscribe'));
    await page.close();
    await expect.poll(async () => (await searchInPopup(session, 'garage solidaire'))[0], { timeout: 60_000 }).toBe('Garage solidaire de Thau');
    expect(server.requests.length).toBeGreaterThan(0);
  });

  it('refuses, in the background too, a subscription the structure did not set', async () => {
    const answer = await session.worker.evaluate(
      (message) => (globalThis as unknown as { repereRoute: (m: unknown, s: unknown) => Promise<{ ok: boolean; error?: string }> }).repereRoute(message, { id: (globalThis as any).chrome.runtime.id, url: (globalThis as any).chrome.runtime.getURL('/options.html') }),
      { type: 'sources:subscribe', url: 'http://127.0.0.1:9/autre.csv' },
    );
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('Abonnements gérés par votre structure') });
  });

  it('lists the case site as proposed by the structure, switched on with one « Autoriser » click', async () => {
    const page = await session.openPage('options.html#sites-de-suivi');
    const section = page.locator('section#case-sites');
    const item = section.locator('li', { hasText: CASE_SITE });
    await item.getByText('proposé par votre structure').waitFor();
    await grantHostAccess(session, 'http://localhost/*');
    await item.getByRole('button', { name: `Autoriser l’accès à ${CASE_SITE}` }).click();
    await section.getByRole('list', { name: 'Sites activés' }).locator('li', { hasText: CASE_SITE }).getByRole('button', { name: `Retirer ${CASE_SITE}` }).waitFor();
    expect(await item.getByRole('button', { name: /Autoriser/ }).count()).toBe(0);
    await screenshotThemes(page, 'managed-case-sites', section);
    await page.close();
  });

  it('a malformed policy, changed while the browser runs: a French message naming it; the extension and the data stay', async () => {
    policyFile.write({
      territory: ['Sète'],
      subscriptions: [{ url: 'http://annuaire.exemple.fr/equipe.csv' }],
      caseSites: [CASE_SITE],
      locked: { territory: true, subscriptions: 'oui' },
    });
    const page = await session.openPage('options.html');
    const alert = page.locator('#managed-problems');
    // Chromium reloads a changed policy file after a few seconds (it waits for the file to settle).
    await expect.poll(() => alert.count(), { timeout: 90_000, interval: 500 }).toBe(1);
    const text = await alert.textContent();
    expect(text).toContain('La configuration installée par votre structure contient des erreurs');
    expect(text).toContain('Réglage territory (territoire), élément 1 : « Sète » n’est pas un code de commune');
    expect(text).toContain('Adresse en http:// refusée');
    // Chromium itself drops a value of the wrong type (the schema says boolean): not locked any more.
    // Subscriptions are no longer locked: the form is back; the directory already downloaded stays.
    await page.locator('#subscribe-url').waitFor();
    await checkA11y(page);
    await screenshotThemes(page, 'managed-problems', alert);
    await page.close();
    await expect.poll(async () => (await searchInPopup(session, 'garage solidaire'))[0], { timeout: 60_000 }).toBe('Garage solidaire de Thau');
    expect(session.consoleErrors).toEqual([]);
  });
});
