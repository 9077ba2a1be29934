import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { grantHostAccess, launchExtension, waitForStarter, type ExtensionSession } from './support/extension';
import { startFakeNationalApi, type FakeNationalApi } from './support/national-api-server';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { structure } from '../fixtures/records';

// Issue 21: a counsellor's first day. The install opens the welcome; with the département's data
// available (here the national API's stand-in on loopback) a local partner's card is three steps
// away; without any, the last step says so instead of « C'est prêt ».
const sessions: ExtensionSession[] = [];
let api: FakeNationalApi | undefined;
afterAll(async () => {
  for (const session of sessions) await session.close();
  await api?.close();
});

async function expectNoAxeViolation(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** The tab the install opened: options.html#bienvenue, found among the browser's pages. */
async function welcomeOpenedByInstall(session: ExtensionSession): Promise<Page> {
  const welcomeUrl = `chrome-extension://${session.extensionId}/options.html#bienvenue`;
  await expect.poll(() => session.context.pages().map((page) => page.url()), { timeout: 30_000 }).toContain(welcomeUrl);
  const page = session.context.pages().find((p) => p.url() === welcomeUrl)!;
  page.on('console', (message) => {
    if (message.type() === 'error') session.consoleErrors.push(`welcome: ${message.text()}`);
  });
  return page;
}

const stepTitle = (page: Page) => page.locator('#welcome-step-title').textContent();

/** Step 1 by keyboard: the town typed, chosen with Enter, then « Continuer ». */
async function chooseTourcoing(page: Page) {
  await expect.poll(() => stepTitle(page)).toBe('Étape 1 sur 3 : Votre territoire');
  await page.locator('#place-input').focus();
  await page.keyboard.type('Tourcoing');
  await page.getByRole('option', { name: /^Tourcoing/ }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#territory-list', { hasText: 'Tourcoing' }).waitFor();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect.poll(() => stepTitle(page)).toBe('Étape 2 sur 3 : Votre annuaire');
}

describe('first day without any local data', () => {
  it('the install opens the welcome; step 2 says what each way takes; step 3 says nothing local is known', async () => {
    const session = await launchExtension();
    sessions.push(session);
    await waitForStarter(session);
    const page = await welcomeOpenedByInstall(session);
    await chooseTourcoing(page);

    // Step 2: the three ways, each with what it takes and where to get it.
    const ways = page.locator('.welcome-way');
    expect(await ways.locator('h3').allTextContents()).toEqual([
      'Le fichier de votre équipe',
      'L’annuaire national data·inclusion, avec un jeton',
      'Les données ouvertes nationales, sans jeton',
    ]);
    expect(await page.getByRole('link', { name: 'Demander un jeton (formulaire data·inclusion)' }).getAttribute('href')).toBe('https://tally.so/r/mYjJ85');
    expect(await page.getByRole('link', { name: 'Les fichiers sur data.gouv.fr' }).getAttribute('href')).toMatch(/^https:\/\/www\.data\.gouv\.fr\/fr\/datasets\//);
    expect(await ways.nth(2).textContent()).toContain('Il n’existe pas de fichier par département');
    expect(await page.locator('#national-departement').inputValue()).toBe('59');
    await expectNoAxeViolation(page);
    await screenshotThemes(page, 'welcome-step2');

    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect.poll(() => stepTitle(page)).toBe('Étape 3 sur 3 : Ce que contient votre annuaire');
    const holdings = page.locator('#welcome-holdings');
    await expect.poll(() => holdings.textContent()).toMatch(/\d+ numéros et réseaux nationaux .*aucun partenaire de Tourcoing/);
    expect(await holdings.textContent()).not.toContain('C’est prêt');
    expect(await holdings.textContent()).toContain('Repère ne connaît encore aucun partenaire de votre territoire');
    await expectNoAxeViolation(page);
    await screenshotThemes(page, 'welcome-step3-nothing-local');

    // The way back to the ways, from the warning itself.
    await page.getByRole('button', { name: 'Ajouter des partenaires locaux' }).click();
    await expect.poll(() => stepTitle(page)).toBe('Étape 2 sur 3 : Votre annuaire');
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('first day with the département’s data from the national API (stand-in on loopback)', () => {
  it('territory, token, a local partner’s card: three steps; local before national in search; the starter can be hidden', async () => {
    api = await startFakeNationalApi([
      structure({ id: 'di--59-ml', nom: 'Mission Locale de Tourcoing', reseaux_porteurs: ['mission-locale'], commune: 'Tourcoing', code_postal: '59200', code_insee: '59599', telephone: '03 20 00 00 01' }),
      structure({ id: 'di--59-ccas', nom: 'CCAS de Tourcoing', reseaux_porteurs: ['ccas-cias'], commune: 'Tourcoing', code_postal: '59200', code_insee: '59599', description: null }),
      structure({ id: 'di--59-lille', nom: 'Centre social de Lille-Moulins', reseaux_porteurs: null, commune: 'Lille', code_postal: '59000', code_insee: '59350', description: null }),
    ]);
    const session = await launchExtension({
      extraArgs: [`--host-resolver-rules=MAP api.data.inclusion.gouv.fr 127.0.0.1:${api.port}`, '--ignore-certificate-errors'],
    });
    sessions.push(session);
    await waitForStarter(session);
    // Headless Chromium cannot show the permission prompt: the counsellor's « Autoriser » is given here.
    await grantHostAccess(session, 'https://api.data.inclusion.gouv.fr/*');
    const page = await welcomeOpenedByInstall(session);

    // Step 1: the territory.
    await chooseTourcoing(page);
    // Step 2: the département is already filled in from the territory; the token is pasted.
    expect(await page.locator('#national-departement').inputValue()).toBe('59');
    await page.locator('#national-token').fill(api.token);
    await page.getByRole('button', { name: 'Charger le département' }).click();
    await page.locator('#national-source').getByRole('status').filter({ hasText: 'Abonnement enregistré : 3 partenaires importés' }).waitFor();
    await page.getByRole('button', { name: 'Continuer' }).click();

    // Step 3: what the directory holds there, and the territory's partners one click away.
    await expect.poll(() => stepTitle(page)).toBe('Étape 3 sur 3 : Ce que contient votre annuaire');
    const holdings = page.locator('#welcome-holdings');
    await expect.poll(() => holdings.textContent()).toMatch(/2 partenaires de Tourcoing.*1 partenaire ailleurs.*C’est prêt/);
    await expectNoAxeViolation(page);
    await screenshotThemes(page, 'welcome-step3-local');
    const [card] = await Promise.all([session.context.waitForEvent('page'), page.getByRole('link', { name: 'Mission Locale de Tourcoing' }).click()]);
    await card.locator('#card-title').waitFor();
    expect(await card.locator('#card-title').textContent()).toBe('Mission Locale de Tourcoing');
    await expect.poll(() => card.getByRole('link', { name: /03 20 00 00 01/ }).count()).toBeGreaterThan(0);
    await card.close();

    // The popup: the local Mission Locale before the national network entry, without asking.
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('mission locale');
    await expect.poll(async () => (await popup.getByRole('option').locator('.result__name').allTextContents()).slice(0, 2)).toEqual([
      'Mission Locale de Tourcoing',
      'Mission Locale (réseau national)',
    ]);
    await popup.close();

    // « Annuaire »: the counsellor hides the starter's national entries; search no longer lists them.
    const options = await session.openPage('options.html#annuaire');
    const hide = options.getByRole('checkbox', { name: /Masquer les \d+ numéros et réseaux nationaux de démarrage/ });
    await hide.check();
    await expectNoAxeViolation(options);
    await options.close();
    const again = await session.openPage('popup.html');
    await again.getByRole('combobox').fill('mission locale');
    await expect.poll(async () => again.getByRole('option').locator('.result__name').allTextContents()).toEqual(['Mission Locale de Tourcoing']);
    await again.close();
    expect(session.consoleErrors).toEqual([]);
  });
});
