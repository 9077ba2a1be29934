import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantHostAccess, launchExtension, waitForResults, waitForStarter, type ExtensionSession } from './support/extension';
import { startDirectoryServer, type DirectoryServer } from './support/directory-server';
import { axeViolations, describeViolations } from './support/axe';
import { screenshotThemes } from './support/screenshots';
import { subscribeInOptions, typedResults } from '../support/e2e-actions';

/** The CCAS of Sète as three open-data producers publish it: other names, other dates, other fields. */
const ccas = (source: string, id: string, fields: Record<string, unknown>, serviceName: string) => ({
  structures: [
    {
      source,
      id,
      siret: '26340301500017',
      commune: 'Sète',
      code_postal: '34200',
      code_insee: '34301',
      adresse: '1 rue Paul Valéry',
      ...fields,
    },
  ],
  services: [
    { source, structure_id: id, id: `${id}--service`, nom: serviceName, description: 'Sur rendez-vous, pour les habitants de Sète.', date_maj: fields.date_maj, thematiques: ['accompagnement-social-et-professionnel-personnalise--definition-du-projet-professionnel'] },
  ],
});

const SOURCES = {
  dora: ccas('dora', 'dora-ccas-sete', { nom: 'CCAS de Sète', date_maj: '2025-01-10', telephone: '04 67 46 00 00', lien_source: 'https://dora.inclusion.beta.gouv.fr/structures/ccas-sete' }, 'Domiciliation'),
  soliguide: ccas('soliguide', 'soliguide-31245', { nom: 'C.C.A.S. de Sète', date_maj: '2025-09-01', courriel: 'accueil@ccas-sete.example' }, 'Aide alimentaire d’urgence'),
  mesAides: ccas('mes-aides', 'mes-aides-ccas-sete', { nom: 'Centre communal d’action sociale de Sète', date_maj: '2024-05-02', horaires_accueil: 'Mo-Fr 08:30-12:00' }, 'Domiciliation'),
};

let session: ExtensionSession;
const servers: Record<string, DirectoryServer> = {};

beforeAll(async () => {
  for (const [name, body] of Object.entries(SOURCES)) {
    servers[name] = await startDirectoryServer(`/${name}/annuaire.json`, JSON.stringify(body), 'application/json');
  }
  session = await launchExtension();
  await waitForStarter(session);
  await grantHostAccess(session, 'http://127.0.0.1/*');
});
afterAll(async () => {
  await session?.close();
  for (const server of Object.values(servers)) await server.close();
});

const subscribe = (name: string, label: string) => subscribeInOptions(session.openPage, { url: servers[name].url, label });

/** The popup's results for a query, once the background has indexed what was just stored. */
async function openResults(query: string, expected: number) {
  const popup = await session.openPage('popup.html');
  await expect.poll(async () => (await typedResults(popup, query)).filter((name) => name.includes('Sète')), { timeout: 60_000 }).toHaveLength(expected);
  return popup;
}

describe('one structure from three sources', () => {
  it('shows one result and one card listing the three sources', async () => {
    await subscribe('dora', 'DORA Hérault');
    await subscribe('soliguide', 'Soliguide Hérault');
    await subscribe('mesAides', 'Mes Aides Hérault');

    const popup = await openResults('ccas sete', 1);
    await popup.getByRole('combobox').press('Enter');
    const sources = popup.locator('section', { has: popup.getByRole('heading', { name: 'Sources (3)' }) });
    await sources.waitFor();
    // Most trusted first: the sources in the order they were added (issue 23).
    await expect.poll(() => sources.locator('.sources__item strong').allTextContents()).toEqual(['DORA', 'Soliguide', 'Mes Aides']);
    expect(await sources.textContent()).toContain('Réunies : même SIRET');
    // Each field from the most trusted source that has it, every service once.
    const card = popup.locator('article.card');
    expect(await card.textContent()).toContain('accueil@ccas-sete.example');
    expect(await card.textContent()).toContain('04 67 46 00 00');
    expect(await card.locator('.card__section h3', { hasText: 'Services' }).count()).toBe(1);
    const services = await popup.locator('section[aria-labelledby="card-services-title"] li.service').allTextContents();
    expect(services.filter((s) => s.includes('Domiciliation'))).toHaveLength(1);
    expect(services.some((s) => s.includes('Aide alimentaire d’urgence'))).toBe(true);
    expect(await popup.getByRole('link', { name: 'Voir la fiche d’origine sur DORA' }).getAttribute('href')).toBe('https://dora.inclusion.beta.gouv.fr/structures/ccas-sete');

    expect(describeViolations(await axeViolations(popup))).toBe('');
    await screenshotThemes(popup, 'grouping-card');
    await popup.close();
  });

  it('keeps the star when one source is refreshed', async () => {
    let popup = await openResults('ccas sete', 1);
    await popup.getByRole('combobox').press('Enter');
    await popup.getByRole('button', { name: /Ajouter .* aux favoris/ }).click();
    await popup.getByRole('button', { name: /Retirer .* des favoris/ }).waitFor();
    await popup.close();

    servers.soliguide.body = JSON.stringify(ccas('soliguide', 'soliguide-31245', { nom: 'C.C.A.S. de Sète', date_maj: '2026-10-02', courriel: 'accueil@ccas-sete.example', telephone: '04 67 46 99 99' }, 'Aide alimentaire d’urgence'));
    const options = await session.openPage('options.html');
    await options.getByRole('button', { name: 'Actualiser Soliguide Hérault' }).click();
    await options.locator('#sources-table tr', { hasText: 'Soliguide Hérault' }).getByRole('status').filter({ hasText: 'Actualisé : 1 partenaire' }).waitFor();
    await options.close();

    popup = await openResults('ccas sete', 1);
    await expect
      .poll(
        async () => {
          await popup.getByRole('combobox').fill('ccas sete');
          await waitForResults(popup, 'ccas sete');
          await popup.getByRole('combobox').press('Enter');
          const text = (await popup.locator('article.card').textContent()) ?? '';
          await popup.getByRole('button', { name: /Retour/ }).click();
          // The fresher number of a less trusted source is shown as such, not in place of DORA's (issue 23).
          return text.includes('autre numéro selon « Soliguide Hérault » : 04 67 46 99 99') && text.includes('04 67 46 00 00');
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    await popup.getByRole('combobox').fill('ccas sete');
    await waitForResults(popup, 'ccas sete');
    await popup.getByRole('combobox').press('Enter');
    await popup.getByRole('button', { name: /Retirer .* des favoris/ }).waitFor();
    // The empty box lists the favourites: the group, once.
    await popup.getByRole('button', { name: /Retour/ }).click();
    await popup.getByRole('combobox').fill('');
    await expect.poll(() => popup.getByRole('option').locator('.result__name').allTextContents()).toContain('CCAS de Sète');
    await popup.close();
  });

  it('splits on « Ce ne sont pas les mêmes » and shows two results', async () => {
    const popup = await openResults('ccas sete', 1);
    await popup.getByRole('combobox').press('Enter');
    await popup.getByRole('button', { name: 'Ce ne sont pas les mêmes : séparer « Centre communal d’action sociale de Sète » (Mes Aides) de cette fiche' }).click();
    // The split is written, then the card goes back to the list: wait for that before closing.
    await popup.locator('article.card').waitFor({ state: 'detached' });
    await popup.close();
    const after = await openResults('ccas sete', 2);
    await after.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
