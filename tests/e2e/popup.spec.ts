import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { forgetLastQuery, resultsFor, useExtensionSession, waitForResults } from './support/extension';

const session = useExtensionSession();

const input = (page: Page) => page.getByRole('combobox');
const options = (page: Page) => page.getByRole('option');

async function search(page: Page, query: string): Promise<string[]> {
  await input(page).fill(query);
  await waitForResults(page, query);
  return resultsFor(page, query).locator('.result__name').allTextContents();
}

describe('toolbar popup', () => {
  it('opens with the focus in the search box and a hint', async () => {
    const page = await session.openPage('popup.html');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.getByText('Tapez quelques lettres').waitFor();
    await page.close();
  });

  it('finds France Travail and the Mission Locale with typos and no accents, and reports the time to first result', async () => {
    const started = Date.now();
    const page = await session.openPage('popup.html');
    await input(page).fill('france travail');
    await waitForResults(page, 'france travail');
    const firstResultMs = Date.now() - started;
    console.log(`popup: first result ${firstResultMs} ms after opening (starter directory)`);
    expect((await options(page).locator('.result__name').allTextContents())[0]).toMatch(/France Travail/);
    expect((await search(page, 'mision locale'))[0]).toMatch(/Mission Locale/i);
    expect((await search(page, 'pole emploi'))[0]).toMatch(/France Travail/);
    await page.close();
  });

  it('says so when nothing matches, and suggests a broader query', async () => {
    const page = await session.openPage('popup.html');
    await input(page).fill('zzqxw');
    await page.getByRole('status').filter({ hasText: 'Aucun partenaire' }).waitFor();
    await expect.poll(() => options(page).count()).toBe(0);
    await page.close();
  });

  it('↓ and Enter open a card with working tel: and mailto: links; Esc goes back to the list', async () => {
    const page = await session.openPage('popup.html');
    await input(page).fill('france travail');
    await waitForResults(page, 'france travail');
    await input(page).press('ArrowDown');
    await input(page).press('ArrowUp');
    await expect.poll(() => options(page).first().getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => input(page).getAttribute('aria-activedescendant')).toBe(await options(page).first().getAttribute('id'));
    await input(page).press('Enter');
    const title = page.locator('#card-title');
    await title.waitFor();
    await expect.poll(() => title.textContent()).toMatch(/France Travail/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('card-title');
    const tel = page.locator('a[href^="tel:"]').first();
    await expect.poll(() => tel.getAttribute('href')).toMatch(/^tel:\+?\d{3,}$/);
    await page.keyboard.press('Escape');
    await input(page).waitFor();
    await expect.poll(() => input(page).inputValue()).toBe('france travail');
    await page.close();
  });

  it('renders mailto: links for partners that publish an address', async () => {
    const page = await session.openPage('popup.html');
    const hrefs = await page.evaluate(async () => {
      const open = indexedDB.open('repere');
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const all = await new Promise<Array<{ nom: string; courriel: string | null }>>((ok) => {
        const r = db.transaction('partners').objectStore('partners').getAll();
        r.onsuccess = () => ok(r.result);
      });
      return all.filter((p) => p.courriel).map((p) => p.nom);
    });
    expect(hrefs.length).toBeGreaterThan(0);
    await input(page).fill(hrefs[0]);
    await waitForResults(page, hrefs[0]);
    await input(page).press('Enter');
    await page.locator('#card-title').waitFor();
    await expect.poll(() => page.locator('a[href^="mailto:"]').first().getAttribute('href')).toMatch(/^mailto:[^@]+@[^@]+\.[a-z]+$/);
    await page.close();
  });

  it('stars a partner: it shows first on the empty popup and in the options page, and can be removed there', async () => {
    const page = await session.openPage('popup.html');
    await search(page, 'mission locale');
    await input(page).press('Enter');
    const star = page.getByRole('button', { name: /Ajouter .* aux favoris/ });
    await star.press('Enter');
    await page.getByRole('button', { name: /Retirer .* des favoris/ }).waitFor();
    const name = (await page.locator('#card-title').textContent()) ?? '';
    await page.close();

    await forgetLastQuery(session);
    const empty = await session.openPage('popup.html');
    await empty.getByRole('heading', { name: 'Favoris' }).waitFor();
    await expect.poll(() => options(empty).locator('.result__name').allTextContents()).toEqual([name]);
    await empty.close();

    const optionsPage = await session.openPage('options.html');
    const list = optionsPage.locator('#favourites-list');
    await list.getByText(name).waitFor();
    await optionsPage.getByRole('button', { name: `Retirer ${name} des favoris` }).click();
    await optionsPage.getByText('Aucun favori pour l’instant').waitFor();
    await optionsPage.close();
  });

  it('shows the directory sources with counts and the attribution in the options page', async () => {
    const page = await session.openPage('options.html');
    const row = page.locator('#sources-table tbody tr').first();
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/Annuaire national de démarrage/);
    expect(Number((await row.locator('td.source-count').textContent())?.replace(/\s/g, ''))).toBeGreaterThanOrEqual(40);
    await expect.poll(() => page.locator('#about').textContent()).toMatch(/data·inclusion.*Licence Ouverte 2\.0/s);
    await page.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
