import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantHostAccess, launchExtension, waitForStarter, type ExtensionSession, waitForResults } from './support/extension';
import { startFakeNationalApi, type FakeNationalApi } from './support/national-api-server';
import { structure } from '../fixtures/records';

let session: ExtensionSession;
let api: FakeNationalApi;

beforeAll(async () => {
  api = await startFakeNationalApi([
    structure({ id: 'di--34-1', nom: 'Centre social La Passerelle', commune: 'Lodève', code_postal: '34700' }),
    structure({ id: 'di--34-2', nom: 'Atelier chantier d’insertion Les Jardins', commune: 'Pézenas', code_postal: '34120' }),
    structure({ id: 'di--30-1', nom: 'Maison de l’emploi de Nîmes', commune: 'Nîmes', code_postal: '30000' }),
  ]);
  session = await launchExtension({
    // The API's host name resolves to the fake server on loopback; its test certificate is accepted.
    extraArgs: [`--host-resolver-rules=MAP api.data.inclusion.gouv.fr 127.0.0.1:${api.port}`, '--ignore-certificate-errors'],
  });
  await waitForStarter(session);
});
afterAll(async () => {
  await session?.close();
  await api?.close();
});

describe('national data·inclusion API with the counsellor’s token', () => {
  it('refuses a département that does not exist, before asking anything', async () => {
    const page = await session.openPage('options.html');
    await page.locator('#national-departement').fill('Hé');
    await page.locator('#national-token').fill('x');
    await page.getByRole('button', { name: 'Charger le département' }).click();
    await page.locator('#national-source').getByRole('alert').filter({ hasText: 'Département invalide' }).waitFor();
    await page.close();
  });

  it('a refused token is said plainly and nothing is stored', async () => {
    await grantHostAccess(session, 'https://api.data.inclusion.gouv.fr/*');
    const page = await session.openPage('options.html');
    await page.locator('#national-departement').fill('34');
    await page.locator('#national-token').fill('mauvais-jeton');
    await page.getByRole('button', { name: 'Charger le département' }).click();
    await page.locator('#national-source').getByRole('alert').filter({ hasText: 'Accès refusé par le serveur (401)' }).waitFor();
    await expect.poll(() => page.locator('#sources-table tr', { hasText: 'data·inclusion — département' }).count()).toBe(0);
    await page.close();
  });

  it('loads the département’s structures, listed as a source and found by search', async () => {
    const page = await session.openPage('options.html');
    await page.locator('#national-departement').fill('34');
    await page.locator('#national-token').fill(api.token);
    await page.getByRole('button', { name: 'Charger le département' }).click();
    await page.locator('#national-source').getByRole('status').filter({ hasText: 'Abonnement enregistré : 2 partenaires importés' }).waitFor();
    const row = page.locator('#sources-table tr', { hasText: 'data·inclusion — département 34' });
    await expect.poll(() => row.locator('td.source-count').textContent()).toBe('2');
    await expect.poll(() => row.textContent()).not.toContain(api.token);
    expect(api.requests).toContain('/api/v1/structures?code_departement=34&size=5000&page=1');
    await page.close();

    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('la passerelle');
    await waitForResults(popup, 'la passerelle');
    expect((await popup.getByRole('option').locator('.result__name').allTextContents())[0]).toBe('Centre social La Passerelle');
    await popup.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
