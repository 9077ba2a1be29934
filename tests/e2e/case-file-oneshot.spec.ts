import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { EXTENSION_DIR } from './support/extension';
import { startCasePageServer, type CasePageServer } from './support/case-page-server';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

/**
 * « Lire ce dossier »: a one-shot read through activeTab, with no host permission. Only a click on
 * the toolbar button grants activeTab; Chromium's DevTools protocol `Extensions.triggerAction`
 * (puppeteer's Extension.triggerAction, over a pipe with --enable-unsafe-extension-debugging)
 * is that click, which Playwright cannot send.
 */
let browser: Browser;
let server: CasePageServer;

/**
 * Waits until the worker's extension APIs are bound. A service worker target exists before its
 * script has run, and an evaluation then sees a `chrome` without `permissions` or `tabs` (CI saw
 * « Cannot read properties of undefined (reading 'contains') » on a loaded machine).
 */
async function apisBound(current: WebWorker): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const bound = await current.evaluate(
      () => typeof chrome !== 'undefined' && [chrome.permissions, chrome.tabs, chrome.action, chrome.scripting].every(Boolean),
    );
    if (bound) return;
    if (Date.now() > deadline) throw new Error('the service worker never had its extension APIs');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The extension's service worker as it is now: Chromium may stop and restart it between two
 * steps (an idle MV3 worker), and a handle to the old one then evaluates in a dead context.
 */
const worker = {
  async evaluate<T>(fn: () => T | Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
      const current = (await target.worker()) as WebWorker;
      try {
        await apisBound(current);
        return (await current.evaluate(fn)) as T;
      } catch (error) {
        if (attempt >= 3 || !/chrome is not defined|Target closed|context/i.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  },
};

beforeAll(async () => {
  server = await startCasePageServer();
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [EXTENSION_DIR],
    args: ['--no-sandbox', '--disable-gpu', '--lang=fr-FR', '--enable-unsafe-extension-debugging', '--no-first-run', '--disable-background-networking'],
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
  });
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('« Lire ce dossier » (activeTab, no host permission)', () => {
  it('reads the active tab once and shows its needs, without any site access', async () => {
    expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    const [extension] = [...(await browser.extensions()).values()];
    const page = await browser.newPage();
    await page.goto(server.url('cdb-situations.html'));
    await page.bringToFront();
    const opened = browser.waitForTarget((t) => t.url().includes('/popup.html'), { timeout: 30_000 });
    await extension.triggerAction(page);
    const popup = (await (await opened).asPage()) as Page;
    const read = await popup.waitForSelector('::-p-text(Lire ce dossier)');
    await read!.click();
    // The needs as chips under the search box.
    await popup.waitForSelector('.case-chip__label');
    const needs = async () => popup.$$eval('.case-chip__label', (nodes) => nodes.map((node) => node.textContent));
    await expect.poll(needs).toEqual(['Logement et hébergement', 'Difficultés financières', 'Lecture, écriture et calcul', 'Santé']);
    expect(await popup.$eval('.case-file', (node) => node.textContent)).toContain('Lu une fois, sans accès permanent au site.');
    const badge = () =>
      worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' });
        return chrome.action.getBadgeText({ tabId: tab.id });
      });
    await expect.poll(badge).toBe('4');
    // Still no lasting access: no host permission, no registered script.
    expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  });
});
