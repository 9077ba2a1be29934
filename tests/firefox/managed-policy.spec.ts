import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startDirectoryServer, type DirectoryServer } from '../e2e/support/directory-server';
import { launchFirefox, searchInFirefoxPopup, waitForFirefoxStarter, type FirefoxSession } from './support/firefox';

// Deployed by a structure in Firefox ESR: a policies.json with Repère's 3rdparty settings
// (docs/deploiement.md). The optional-permission pref stands for the counsellor's « Autoriser »
// in the browser's prompt, which a test cannot answer.
let session: FirefoxSession | undefined;
let server: DirectoryServer | undefined;
const CASE_SITE = 'http://localhost:8765';
const csv = `Nom;Commune;Code postal;date_maj\r\nGarage solidaire de Thau;Sète;34200;2026-10-01\r\n`;

afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(async () => {
  await server?.close();
});

const text = (page: Page, selector: string) => page.$eval(selector, (node) => node.textContent ?? '').catch(() => '');

describe('Firefox: deployed by a structure (policies.json)', () => {
  it('a fresh profile opens with the territory set and locked, the team directory fetched from 127.0.0.1 after « Autoriser », the case site proposed', async () => {
    server = await startDirectoryServer('/equipe/annuaire.csv', csv);
    session = await launchFirefox({
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
      policy: {
        territory: ['34301'],
        subscriptions: [{ url: server.url, label: 'Annuaire de la Mission Locale', coordinatorEmail: 'coordination@ml-thau.fr' }],
        caseSites: [CASE_SITE],
        locked: { territory: true, subscriptions: true },
      },
    });
    await waitForFirefoxStarter(session);
    const options = await session.openPage('options.html');
    await expect.poll(() => text(options, '#territory-list')).toContain('Sète (34)');
    expect(await text(options, '#territory-list')).toContain('géré par votre structure');
    expect(await text(options, '#territory-locked')).toContain('Territoire géré par votre structure');
    expect(await options.$$('section#territory [role="combobox"]')).toHaveLength(0);
    expect(await options.$('#subscribe-url')).toBeNull();

    await (await options.waitForSelector(`#managed-subscriptions button[aria-label="Autoriser l’accès à ${new URL(server.url).origin}"]`))!.click();
    await options.waitForFunction(() => [...document.querySelectorAll('#sources-table tr')].some((row) => row.textContent?.includes('Annuaire de la Mission Locale')));
    await options.waitForFunction(() => !document.querySelector('#managed-subscriptions button'));

    await (await options.waitForSelector(`section#case-sites button[aria-label="Autoriser l’accès à ${CASE_SITE}"]`))!.click();
    await options.waitForSelector(`section#case-sites button[aria-label="Retirer ${CASE_SITE}"]`);
    expect(await text(options, 'section#case-sites .case-sites')).toContain('proposé par votre structure');
    await options.close();

    const popup = await session.openPage('popup.html');
    expect((await searchInFirefoxPopup(popup, 'garage solidaire'))[0]).toBe('Garage solidaire de Thau');
    await popup.close();
    expect(server.requests.length).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });

  it('a malformed policy: French messages naming each bad setting in the options page, and the extension still works', async () => {
    session = await launchFirefox({ policy: { territory: ['Sète'], subscriptions: 'https://annuaire.exemple.fr', locked: { subscriptions: 'oui' }, theme: 'sombre' } });
    await waitForFirefoxStarter(session);
    const options = await session.openPage('options.html');
    await options.waitForSelector('#managed-problems');
    const problems = await text(options, '#managed-problems');
    expect(problems).toContain('La configuration installée par votre structure contient des erreurs');
    expect(problems).toContain('Réglage inconnu « theme »');
    expect(problems).toContain('Réglage territory (territoire), élément 1 : « Sète » n’est pas un code de commune');
    expect(problems).toContain('Réglage subscriptions (abonnements) : une liste est attendue');
    expect(problems).toContain('Réglage locked (réglages verrouillés).subscriptions : true ou false attendu, pas « oui »');
    // Nothing is locked: the counsellor's forms are there.
    await options.waitForSelector('#subscribe-url');
    await options.close();
    const popup = await session.openPage('popup.html');
    expect((await searchInFirefoxPopup(popup, 'mision locale'))[0]).toMatch(/Mission Locale/i);
    await popup.close();
    expect(session.errors).toEqual([]);
  });
});
