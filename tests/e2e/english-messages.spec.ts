import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './support/extension';
import { launchUnderPolicy, type PolicyFile } from './support/managed-policy';
import { frenchLeftovers } from './support/french-leftovers';
import { screenshotThemes } from './support/screenshots';

// Stop 25: on an English browser, a structure's broken policy, a refused backup and the lines a
// follow-up spreadsheet leaves out were still explained in French (lib/ wrote those sentences itself instead of taking them from the catalogue).
let session: ExtensionSession;
let policyFile: PolicyFile;

beforeAll(async () => {
  ({ session, policyFile } = await launchUnderPolicy(
    {
      territory: ['Sète'],
      subscriptions: [{ url: 'http://annuaire.exemple.fr/equipe.csv' }],
      caseSites: ['ftp://dossier.exemple.fr'],
    },
    { language: 'en' },
  ));
});
afterAll(async () => {
  policyFile?.remove();
  await session?.close();
});

describe('messages written by lib/, on an English browser', () => {
  it('a broken policy: each problem in English, naming the setting and the entry', async () => {
    const page = await session.openPage('options.html');
    const alert = page.locator('#managed-problems');
    await expect.poll(() => alert.count(), { timeout: 90_000, interval: 500 }).toBe(1);
    expect(await alert.locator('li').allTextContents()).toEqual([
      'Setting territory, item 1: “Sète” is not the code of a commune (INSEE, 5 characters), an EPCI (SIREN, 9 digits) or a département. Item ignored.',
      'Setting subscriptions, item 1: “http://annuaire.exemple.fr/equipe.csv” — http:// address refused: only an https:// address protects the directory on its way (http is accepted on this computer only). Item ignored.',
      'Setting caseSites (case-management sites), item 1: Site address: “ftp:” is not a web address (https). Item ignored.',
    ]);
    expect(await frenchLeftovers(page)).toEqual([]);
    await screenshotThemes(page, 'english-managed-problems', alert);
    await page.close();
  });

  it('a follow-up spreadsheet with bad lines: each left-out line in English, naming the column', async () => {
    const page = await session.openPage('suivi.html');
    await page.locator('#follow-up-file').setInputFiles({
      name: 'journal.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Identifiant partenaire;Date;Type;Note;Couleur', 'ml;2026-03-01;appel;Point mensuel', `ml;2026-03-02;appel;${'x'.repeat(2001)}`, 'ml;32/13/2026;appel;'].join('\n')),
    });
    const problems = page.locator('#follow-up-problems');
    await problems.waitFor();
    expect(await problems.locator('li').allTextContents()).toEqual([
      'Journal · Columns ignored: “Couleur”',
      'Journal · Line 3: column “Note”: must have at most 2,000 characters',
      'Journal · Line 4: column “Date”: “32/13/2026” is not a date (DD/MM/YYYY)',
    ]);
    expect(await frenchLeftovers(page)).toEqual([]);
    await screenshotThemes(page, 'english-follow-up-problems', problems);
    await page.close();
  });

  it('a damaged backup: refused in English, saying what and where', async () => {
    const page = await session.openPage('options.html');
    await page.locator('#restore-file').setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"repere-backup","version":3,"exportedAt":"2026-12-06T20:00:00.000Z","favourites":[],"groups":"none"}'),
    });
    const refused = page.locator('#backup-error');
    await refused.waitFor();
    expect(await refused.textContent()).toBe('“damaged.json” was not restored, nothing changed. Invalid backup — groups: must be a list, not the text “none”.');
    expect(await frenchLeftovers(page)).toEqual([]);
    await screenshotThemes(page, 'english-backup-refused', refused);
    await page.close();
    expect(session.consoleErrors).toEqual([]);
  });
});
