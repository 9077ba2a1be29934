import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantHostAccess, launchExtension, waitForResults, waitForStarter, type ExtensionSession } from './support/extension';
import { startDirectoryServer, type DirectoryServer } from './support/directory-server';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { openNamedResult, subscribeInOptions, typedResults } from '../support/e2e-actions';

// Issue 23: a hostile subscription served from 127.0.0.1 tries to speak for trusted records — a
// data·inclusion `doublons` claim on France Travail, the starter's id reused for the CAF, a Mission
// Locale's SIRET, a CCAS by name and postcode, a date in 2099, a premium-rate phone. It must change
// no trusted card's phone, site or coordinator, nor any `rp` suggestion; « Sources » shows its
// values as such.
const PREMIUM = '08 99 12 34 56';
const EVIL = 'https://arnaque.example';

const TEAM = {
  structures: [
    { source: 'equipe', id: 'eq-ml', nom: 'Mission Locale du Bassin de Thau', siret: '41234567800011', telephone: '04 67 00 00 00', site_web: 'https://ml-thau.example', adresse: '2 rue du Port', commune: 'Sète', code_postal: '34200', date_maj: '2026-09-01' },
    { source: 'equipe', id: 'eq-ccas', nom: 'CCAS de Sète', telephone: '04 67 46 00 00', site_web: 'https://ccas-sete.example', adresse: '1 rue Paul Valéry', commune: 'Sète', code_postal: '34200', date_maj: '2026-09-01' },
  ],
};
const hostile = (fields: Record<string, unknown>) => ({ source: 'bis', telephone: PREMIUM, site_web: EVIL, date_maj: '2026-11-30', ...fields });
const HOSTILE = {
  structures: [
    hostile({ id: 'bis-ft', nom: 'France Travail', doublons: [{ source: 'repere', id: 'repere--france-travail' }] }),
    hostile({ source: 'repere', id: 'repere--caf', nom: 'Caisse d’allocations familiales (CAF)' }),
    hostile({ id: 'bis-ml', nom: 'Jeunes Emploi Express', siret: '41234567800011' }),
    hostile({ id: 'bis-ccas', nom: 'C.C.A.S. de Sète', commune: 'Sète', code_postal: '34200' }),
    hostile({ id: 'bis-futur', nom: 'Agence du futur', date_maj: '2099-12-31' }),
  ],
};

let session: ExtensionSession;
let team: DirectoryServer;
let bis: DirectoryServer;

beforeAll(async () => {
  team = await startDirectoryServer('/equipe/annuaire.json', JSON.stringify(TEAM), 'application/json');
  bis = await startDirectoryServer('/bis/annuaire.json', JSON.stringify(HOSTILE), 'application/json');
  session = await launchExtension();
  await waitForStarter(session);
  await grantHostAccess(session, 'http://127.0.0.1/*');
});
afterAll(async () => {
  await session?.close();
  await team?.close();
  await bis?.close();
});

const subscribe = (url: string, label: string, coordinator: string, done: string) => subscribeInOptions(session.openPage, { url, label, coordinator, done });

/** Opens the card of the result named `name` for `query`, once the index has the hostile source. */
async function openCard(query: string, name: string) {
  const popup = await session.openPage('popup.html');
  await expect.poll(() => typedResults(popup, query), { timeout: 60_000 }).toContain(name);
  await openNamedResult(popup, name);
  return popup;
}

interface Suggestion {
  content: string;
  description: string;
}
const suggest = (text: string) =>
  session.worker.evaluate((query) => new Promise<Suggestion[]>((done) => (globalThis as any).repereOmnibox.onInputChanged(query, done)), text);

describe('a hostile subscription speaks for no trusted record', () => {
  it('subscribes the team first, then the hostile source (its 2099 record refused)', async () => {
    await subscribe(team.url, 'Annuaire équipe Thau', 'coordination@equipe.example', 'Abonnement enregistré : 2 partenaires importés');
    await subscribe(bis.url, 'Annuaire bis', 'escroc@arnaque.example', 'Abonnement enregistré : 4 partenaires importés');
  });

  it.each([
    ['france travail', 'France Travail', '39 49|3949', 'https://www.francetravail.fr'],
    ['caf', 'Caisse d\'allocations familiales (CAF)', '32 30|3230', 'https://www.caf.fr'],
    ['mission locale thau', 'Mission Locale du Bassin de Thau', '04 67 00 00 00', 'https://ml-thau.example'],
    ['ccas sete', 'CCAS de Sète', '04 67 46 00 00', 'https://ccas-sete.example'],
  ])('« %s »: the trusted card keeps its phone and site', async (query, name, phone, site) => {
    const popup = await openCard(query, name);
    const card = popup.locator('article.card');
    const contact = (await card.locator('.card__section').first().textContent()) ?? '';
    expect(contact).toMatch(new RegExp(phone));
    expect(contact).not.toContain(PREMIUM);
    expect(await card.locator(`a[href^="${site}"]`).count()).toBeGreaterThan(0);
    expect(await card.locator(`a[href^="${EVIL}"]`).count()).toBe(0);
    expect(await card.getByRole('link', { name: 'Signaler une erreur', exact: true }).getAttribute('href')).not.toContain('arnaque');
    await popup.close();
  });

  it('shows the hostile values as such in « Sources », with a report to that source', async () => {
    const popup = await openCard('ccas sete', 'CCAS de Sète');
    const sources = popup.locator('section[aria-labelledby="card-sources"]');
    await sources.waitFor();
    const text = (await sources.textContent()) ?? '';
    expect(text).toContain(`autre numéro selon « Annuaire bis » : ${PREMIUM}`);
    expect(text).toContain(`autre site selon « Annuaire bis » : ${EVIL}`);
    // Only as text: nothing to call or open.
    expect(await sources.locator(`a[href*="arnaque.example"]:not([href^="mailto:"])`).count()).toBe(0);
    expect(await popup.getByRole('link', { name: 'Signaler une erreur', exact: true }).getAttribute('href')).toMatch(/^mailto:coordination@equipe\.example\?/);
    const report = decodeURIComponent((await sources.getByRole('link', { name: /Signaler une erreur à « Annuaire bis »/ }).getAttribute('href')) ?? '');
    expect(report).toMatch(/^mailto:escroc@arnaque\.example\?/);
    expect(report).not.toMatch(/\d{4}-\d{2}-\d{2}|bis-ccas/);
    expect(describeViolations(await axeViolations(popup))).toBe('');
    await screenshotThemes(popup, 'trust-card-sources', sources);
    await popup.close();

    const caf = await openCard('caf', 'Caisse d\'allocations familiales (CAF)');
    expect(await caf.locator('section[aria-labelledby="card-sources"]').textContent()).toContain(`autre numéro selon « Annuaire bis » : ${PREMIUM}`);
    await caf.close();
  });

  it('leaves every `rp` suggestion of a trusted record as it was', async () => {
    const ft = await suggest('france travail');
    expect(ft).toContainEqual({ content: 'fiche:repere--france-travail', description: 'France Travail <dim>· national · 3949</dim>' });
    for (const query of ['caf', 'ccas sete']) {
      const list = await suggest(query);
      expect(list.length).toBeGreaterThan(0);
      expect(list.filter((s) => s.description.includes('08 99')).map((s) => s.description)).toEqual([]);
    }
    const ml = await suggest('mission locale thau');
    expect(ml.find((s) => s.description.startsWith('Mission Locale du Bassin de Thau'))?.description).toContain('04 67 00 00 00');
  });

  it('orders the sources in the options: the later source last, moved with the keyboard', async () => {
    const page = await session.openPage('options.html');
    const rows = page.locator('#sources-table tbody tr .source-label');
    await expect.poll(() => rows.allTextContents()).toEqual(['Mes partenaires', 'Annuaire national de démarrage (Repère)', 'Annuaire équipe Thau', 'Annuaire bis'].filter((l) => l !== 'Mes partenaires'));
    const up = page.getByRole('button', { name: 'Monter « Annuaire bis » dans l’ordre des sources' });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '« Annuaire bis » est maintenant en position 2 sur 3.' }).waitFor();
    await expect.poll(() => rows.allTextContents()).toEqual(['Annuaire national de démarrage (Repère)', 'Annuaire bis', 'Annuaire équipe Thau']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Monter « Annuaire bis » dans l’ordre des sources');
    const section = page.locator('#sources');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await screenshotThemes(page, 'trust-options-sources', section);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.allTextContents()).toEqual(['Annuaire national de démarrage (Repère)', 'Annuaire équipe Thau', 'Annuaire bis']);
    await page.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
