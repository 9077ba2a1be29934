import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../support/chromium-launch';
import { waitForStoredSources } from '../../support/in-page-db';

/** The built extension; REPERE_EXTENSION_DIR points at another build (a measure against the previous one). */
export const EXTENSION_DIR = process.env.REPERE_EXTENSION_DIR ?? resolve(__dirname, '../../../.output/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Errors any extension page printed or threw: a test asserts there are none. */
  consoleErrors: string[];
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium with the built extension loaded (flags proven in TOOLCHAIN.md). */
export interface LaunchOptions {
  extraArgs?: string[];
  /** The browser's language (French unless told): `en` runs the English interface. */
  language?: 'fr' | 'en';
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const english = options.language === 'en';
  const profile = mkdtempSync(join(tmpdir(), 'repere-e2e-'));
  const context = await launchChromiumWithExtension({ extensionDir: EXTENSION_DIR, profile, english, extraArgs: options.extraArgs });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const consoleErrors: string[] = [];

  async function openPage(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  }

  return {
    context,
    extensionId,
    worker,
    consoleErrors,
    openPage,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the background has stored the embedded starter directory. */
export async function waitForStarter(session: ExtensionSession): Promise<void> {
  // Polled every 50 ms for up to a minute: a fresh profile's first install is slow on a loaded machine.
  await session.worker.evaluate(waitForStoredSources, 1200);
}

/**
 * Grants the extension access to one origin as if the counsellor had clicked "Allow" in the
 * browser's prompt, which headless Chromium cannot show: chrome://extensions does it through
 * its own API (the site is then "allowed" for the extension); the page's `permissions.request`
 * resolves true at once without a prompt, as after the counsellor's click, and activates it.
 */
export async function grantHostAccess(session: ExtensionSession, pattern: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(({ id, pattern }) => (globalThis as any).chrome.developerPrivate.addHostPermission(id, pattern), { id: session.extensionId, pattern });
  await page.close();
}

/**
 * One browser with the extension for a whole spec file, started before its tests (with the
 * starter directory stored) and closed after them. The returned object is filled in beforeAll.
 */
export function useExtensionSession(options: LaunchOptions = {}): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    Object.assign(session, await launchExtension(options));
    await waitForStarter(session);
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

/**
 * The result rows that answer `query`: the list says which words it answers (`data-query`), so an
 * earlier query's rows, the favourites or the last query the popup reopened on, still on screen
 * while the search worker answers, are never taken for them.
 */
export function resultsFor(page: Page, query: string): Locator {
  return page.locator(`[role="listbox"][data-query=${JSON.stringify(query)}] [role="option"]`);
}

/** Waits until the list answers `query` with at least one row. */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await resultsFor(page, query).first().waitFor();
}

/** Opens the toolbar popup, types a query and returns the names listed, best first. */
export async function searchInPopup(session: ExtensionSession, query: string): Promise<string[]> {
  const popup = await session.openPage('popup.html');
  await popup.getByRole('combobox').fill(query);
  await waitForResults(popup, query);
  const names = await resultsFor(popup, query).locator('.result__name').allTextContents();
  await popup.close();
  return names;
}

/**
 * Forgets the popup's last query (kept ten minutes in storage.session), so that the next popup
 * opens empty, on the favourites — as it does ten minutes later.
 */
export async function forgetLastQuery(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(() => (globalThis as any).chrome.storage.session.remove('lastQuery'));
}
