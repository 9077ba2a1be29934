import type { Page } from 'playwright-core';
import { waitForResults, type ExtensionSession } from '../e2e/support/extension';

/**
 * What the e2e specs do in the popup (or the card page), as a counsellor would: the same steps
 * were written again in several specs.
 */

/** Types `query` in the search box, opens the best match's card (Enter) and returns its title. */
export async function openFirstCard(page: Page, query: string): Promise<string> {
  await page.locator('#search-input').fill(query);
  await waitForResults(page, query);
  await page.locator('#search-input').press('Enter');
  await page.locator('#card-title').waitFor();
  return (await page.locator('#card-title').textContent()) ?? '';
}

/**
 * Types `query` afresh (the box emptied first) and returns the names listed, best first. A source
 * just stored is indexed by the background a moment later: poll this until the names show it.
 */
export async function typedResults(popup: Page, query: string): Promise<string[]> {
  await popup.getByRole('combobox').fill('');
  await popup.getByRole('combobox').fill(query);
  await waitForResults(popup, query);
  return popup.getByRole('option').locator('.result__name').allTextContents();
}

/** Clicks the result named exactly `name` and waits for its card. */
export async function openNamedResult(popup: Page, name: string): Promise<void> {
  const exactly = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await popup.getByRole('option').filter({ has: popup.locator('.result__name', { hasText: exactly }) }).first().click();
  await popup.locator('article.card').waitFor();
}

/** Subscribes to a directory URL from the options page and waits for the outcome `done` to be said. */
export async function subscribeInOptions(
  openPage: (path: string) => Promise<Page>,
  subscription: { url: string; label: string; coordinator?: string; done?: string },
): Promise<void> {
  const page = await openPage('options.html');
  await page.locator('#subscribe-url').fill(subscription.url);
  await page.locator('#subscribe-label').fill(subscription.label);
  if (subscription.coordinator !== undefined) await page.locator('#subscribe-coordinator').fill(subscription.coordinator);
  await page.getByRole('button', { name: 'S’abonner' }).click();
  await page.getByRole('status').filter({ hasText: subscription.done ?? 'Abonnement enregistré : 1 partenaire importé' }).waitFor();
  await page.close();
}

/**
 * Right-click « Trouver un partenaire » on `selectionText`: the menu's click handler called from
 * the service worker as Chrome would call it (native menus cannot be clicked headless), on a tab of
 * its own. Returns the panel page it opened (a side panel, or the fallback window when the side
 * panel refuses to open without a real user gesture, as under automation); the tab is closed.
 * `onOpened` sees the panel as soon as it opens (to watch its errors from the start).
 */
export async function rightClickFindPartner(session: Pick<ExtensionSession, 'context' | 'worker'>, selectionText: string, onOpened?: (panel: Page) => void): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto('data:text/html,<p>Dossier</p>');
  const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/sidepanel.html'), timeout: 30_000 });
  await session.worker.evaluate(
    async ({ selectionText }) => {
      const chrome = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const hook = (globalThis as unknown as { repereContextMenu: { onClicked: (info: unknown, tab: unknown) => void } }).repereContextMenu;
      hook.onClicked({ menuItemId: 'repere-find-partner', editable: false, pageUrl: active?.url ?? 'data:', selectionText }, active);
    },
    { selectionText },
  );
  const panel = await opened;
  onOpened?.(panel);
  await tab.close();
  // The panel for this right-click, not an earlier state of the page: its selection is shown.
  await panel.locator('blockquote.selection').waitFor({ timeout: 30_000 });
  return panel;
}
