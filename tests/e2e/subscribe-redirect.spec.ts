import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantHostAccess, launchExtension, searchInPopup, waitForStarter, type ExtensionSession } from './support/extension';

/**
 * Issue 13: a subscribed address that answers 302 elsewhere. The counsellor granted
 * http://127.0.0.1 only; the server sends the extension to http://localhost (another origin,
 * not granted), which answers with permissive CORS as a hostile server would.
 */
let session: ExtensionSession;
let server: Server;
let port = 0;
const csv = (name: string) => `Nom;Commune;Code postal;date_maj\r\n${name};Sète;34200;2026-10-01\r\n`;

beforeAll(async () => {
  server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    if (request.url === '/ailleurs.csv') {
      response.writeHead(302, { location: `http://localhost:${port}/hostile.csv` }).end();
    } else if (request.url === '/derniere.csv') {
      response.writeHead(302, { location: '/equipe.csv' }).end();
    } else if (request.url === '/hostile.csv' && host.startsWith('localhost')) {
      response.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' }).end(csv('Partenaire usurpé de Thau'));
    } else if (request.url === '/equipe.csv') {
      response.writeHead(200, { 'content-type': 'text/csv' }).end(csv('Recyclerie solidaire de Thau'));
    } else response.writeHead(404).end();
  });
  // Listen on every loopback name: 127.0.0.1 and localhost reach the same server.
  await new Promise<void>((ready) => server.listen(0, ready));
  port = (server.address() as AddressInfo).port;
  session = await launchExtension();
  await waitForStarter(session);
  await grantHostAccess(session, 'http://127.0.0.1/*');
});
afterAll(async () => {
  await session?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

async function subscribeTo(url: string, label: string) {
  const page = await session.openPage('options.html');
  await page.locator('#subscribe-url').fill(url);
  await page.locator('#subscribe-label').fill(label);
  await page.getByRole('button', { name: 'S’abonner' }).press('Enter');
  return page;
}

describe('subscription redirects', () => {
  it('refuses a redirect from 127.0.0.1 to localhost, and stores nothing from it', async () => {
    const page = await subscribeTo(`http://127.0.0.1:${port}/ailleurs.csv`, 'Annuaire redirigé');
    const alert = page.getByRole('alert').filter({ hasText: 'redirigé vers une autre adresse' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`http://localhost:${port}`);
    await page.close();
    expect(await searchInPopup(session, 'partenaire usurpe')).not.toContain('Partenaire usurpé de Thau');
  });

  it('follows a redirect that stays on the granted origin', async () => {
    const page = await subscribeTo(`http://127.0.0.1:${port}/derniere.csv`, 'Annuaire daté');
    await page.getByRole('status').filter({ hasText: 'Abonnement enregistré : 1 partenaire importé' }).waitFor();
    await page.close();
    await expect.poll(async () => (await searchInPopup(session, 'recyclerie solidaire'))[0], { timeout: 60_000 }).toBe('Recyclerie solidaire de Thau');
  });
});
