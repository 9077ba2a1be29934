import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession, waitForResults } from './support/extension';
import { rightClickFindPartner } from '../support/e2e-actions';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

const session = useExtensionSession();

const MENU_ID = 'repere-find-partner';
const results = (page: Page) => page.locator('#partner-results').getByRole('option');
const resultNames = (page: Page) => results(page).locator('.result__name').allTextContents();
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Rechercher un partenaire' });

function watchErrors(page: Page, label: string) {
  page.on('console', (message) => {
    if (message.type() === 'error') session.consoleErrors.push(`${label}: ${message.text()}`);
  });
  page.on('pageerror', (error) => session.consoleErrors.push(`${label}: ${error.message}`));
}

/**
 * Right-clicks `selectionText` the only way a headless browser allows: the service worker calls
 * the menu's real click handler with an OnClickData-shaped object and the active tab. Returns the
 * panel page it opened (a side panel, or the fallback window when the side panel refuses to open
 * without a real user gesture, as it does under automation).
 */
async function rightClick(selectionText: string): Promise<Page> {
  return rightClickFindPartner(session, selectionText, (panel) => watchErrors(panel, 'sidepanel.html (from the menu)'));
}

describe('right-click « Trouver un partenaire » and the side panel', () => {
  it('registers the menu item for selected text, titled with the selection', async () => {
    const item = await session.worker.evaluate(async (id) => {
      // update() rejects when no item has this id: it proves the item is registered.
      // Polled until registered (onInstalled can run late on a loaded machine): up to 30 s.
      for (const end = Date.now() + 30_000; Date.now() < end; ) {
        try {
          await chrome.contextMenus.update(id, {});
          return (globalThis as unknown as { repereContextMenu: { item: unknown } }).repereContextMenu.item;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error('the context menu item was never registered');
    }, MENU_ID);
    expect(item).toEqual({ id: MENU_ID, title: 'Trouver un partenaire pour « %s »', contexts: ['selection'] });
  });

  it('opens the panel with the selection, the needs as chips and the partners serving them', async () => {
    const panel = await rightClick("Mme n'a pas le permis. Dette de loyer de 3 200 €.");
    await panel.getByText('Dette de loyer de 3 200 €', { exact: false }).first().waitFor();
    const chips = panel.locator('.need-chip > span:first-child');
    await chips.first().waitFor();
    await expect.poll(() => chips.allTextContents()).toEqual(['Mobilité', 'Logement et hébergement', 'Difficultés financières']);
    await expect.poll(() => panel.locator('.need-chip__evidence').first().textContent()).toBe('d’après « permis »');
    await panel.getByRole('heading', { name: 'Partenaires pour ces besoins' }).waitFor();
    // The worker's answer for the three needs renders after the heading.
    await expect.poll(async () => (await resultNames(panel)).length).toBeGreaterThan(5);
    const all = await resultNames(panel);
    expect(all.length).toBeGreaterThan(5);
    expect(all).toContain('Wimoov');
    expect(all.some((name) => name.startsWith('SIAO'))).toBe(true);

    // Removing two chips keeps only the mobility partners; adding one brings its partners.
    await panel.getByRole('button', { name: 'Retirer le besoin Logement et hébergement' }).click();
    await panel.getByRole('button', { name: 'Retirer le besoin Difficultés financières' }).click();
    await expect.poll(() => chips.allTextContents()).toEqual(['Mobilité']);
    await expect.poll(async () => (await resultNames(panel)).some((name) => name.startsWith('SIAO'))).toBe(false);
    const mobility = await resultNames(panel);
    expect(mobility).toContain('Wimoov');
    expect(mobility.length).toBeLessThan(all.length);

    await panel.getByLabel('Ajouter un besoin').selectOption({ label: 'Numérique' });
    await expect.poll(() => chips.allTextContents()).toEqual(['Mobilité', 'Numérique']);
    await expect.poll(async () => (await resultNames(panel)).length).toBeGreaterThan(mobility.length);

    // Typed words search within the needs.
    await searchBox(panel).fill('wimoov');
    await expect.poll(() => resultNames(panel)).toEqual(['Wimoov']);
    await searchBox(panel).press('Escape');
    await expect.poll(async () => (await resultNames(panel)).length).toBeGreaterThan(1);
    await panel.close();
  });

  it('Enter on a result opens the same card as the popup; Esc goes back to the list', async () => {
    const panel = await rightClick('dette de loyer');
    const input = searchBox(panel);
    await results(panel).first().waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await input.press('ArrowDown');
    const second = (await resultNames(panel))[1];
    await expect.poll(() => results(panel).nth(1).getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await panel.locator('#card-title').waitFor();
    await expect.poll(() => panel.locator('#card-title').textContent()).toBe(second);
    // The popup's card: favourite star, contact block, copy button.
    await panel.getByRole('button', { name: `Ajouter ${second} aux favoris` }).waitFor();
    await panel.getByRole('button', { name: 'Copier les coordonnées' }).waitFor();
    await panel.keyboard.press('Escape');
    await input.waitFor();
    await expect.poll(() => resultNames(panel)).toContain(second);
    await panel.close();
  });

  it('falls back to a plain search of the selection when no need is recognised', async () => {
    const panel = await rightClick('Crésus');
    await panel.getByText('Aucun besoin reconnu').waitFor();
    await expect.poll(() => searchBox(panel).inputValue()).toBe('Crésus');
    await expect.poll(async () => (await resultNames(panel))[0]).toMatch(/^Crésus/);
    await panel.close();
  });

  it('works on its own: type, search, open a card', async () => {
    await session.worker.evaluate(() => chrome.storage.session.clear());
    const panel = await session.openPage('sidepanel.html');
    await panel.getByText('clic droit → « Trouver un partenaire pour… »', { exact: false }).waitFor();
    await expect.poll(() => panel.locator('.need-chip').count()).toBe(0);
    await searchBox(panel).fill('point conseil budget');
    await waitForResults(panel, 'point conseil budget');
    expect((await resultNames(panel))[0]).toMatch(/Point conseil budget/);
    await searchBox(panel).press('Enter');
    await expect.poll(() => panel.locator('#card-title').textContent()).toMatch(/Point conseil budget/);
    await panel.close();
  });

  it('keeps the selection in memory only and clears it on demand', async () => {
    const panel = await rightClick('pas de mutuelle');
    await panel.locator('.need-chip').first().waitFor();
    const stored = await session.worker.evaluate(async () => ({
      session: await chrome.storage.session.get(null),
      local: await chrome.storage.local.get(null),
    }));
    expect(JSON.stringify(stored.session)).toContain('pas de mutuelle');
    expect(JSON.stringify(stored.local)).not.toContain('mutuelle');
    await panel.getByRole('button', { name: 'Effacer la sélection' }).click();
    await panel.getByText('clic droit → « Trouver un partenaire pour… »', { exact: false }).waitFor();
    await expect.poll(() => session.worker.evaluate(() => chrome.storage.session.get(null))).toEqual({});
    await panel.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
