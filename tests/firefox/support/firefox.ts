/**
 * Firefox ESR with the built extension (.output/firefox-mv3), driven by puppeteer-core over
 * WebDriver BiDi (no geckodriver). Recipe and pitfalls: ../shared/design/TOOLCHAIN.md.
 *  - The extension's UUID is fixed by a pref, so pages are moz-extension://<UUID>/popup.html.
 *  - BiDi sends no load event for extension pages: navigate through the browsing context
 *    (`navigate(url, 'complete')`, an internal API of puppeteer-core 24.43.1, pinned).
 *  - `page.on('console')` never fires there: Firefox prints extension console errors and
 *    uncaught errors on stdout (`devtools.console.stdout.content`), collected in `errors`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitForStoredSources } from '../../support/in-page-db';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv3', import.meta.url));
/** The add-on id on AMO (wxt.config.ts): Firefox's policies and the UUID pref are keyed by it. */
export const GECKO_ID = 'repere@repere-insertion.fr';
/** The id of builds before the AMO id (the popup-open bench installs the previous build too). */
const PREVIOUS_GECKO_ID = 'repere@repere.example';
const UUID = '5e0d6c1a-3f7b-4b8e-9a51-2c4d7e8f9a10';
/** Firefox's own modules also print `console.error:` on stdout (remote settings, search, region…). */
const FIREFOX_NOISE = /^console\.error: (RSLoader|RemoteSettings|SearchService|Region|AddonManager|URLQueryStrippingListService|services\.settings|\[?Glean|TopSites|Sanitizer|NimbusFeatures|ExperimentAPI|PushService)\b/;

export interface FirefoxSession {
  browser: Browser;
  baseUrl: string;
  /** Extension errors Firefox printed (console.error, uncaught exceptions): a spec asserts none. */
  errors: string[];
  openPage(path: string): Promise<Page>;
  /** Navigates an open page to another extension page (BiDi has no load event for them). */
  goto(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  prefs?: Record<string, unknown>;
  /**
   * The structure's policy for Repère (policies.json `3rdparty.Extensions.<gecko id>`). Written
   * next to the profile, not in the shared /usr/lib/firefox-esr/distribution: Firefox reads
   * `browser.policies.alternatePath` when it runs under automation, which it does with the
   * automation pref and MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (loopback only, as these tests need).
   */
  policy?: unknown;
  /** Another build (the popup-open bench compares the previous build with this one). */
  extensionDir?: string;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'repere-firefox-'));
  let policyPrefs: Record<string, unknown> = {};
  let policyEnv: Record<string, string> = {};
  if (options.policy !== undefined) {
    const file = join(profile, 'policies.json');
    writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: options.policy } } } }));
    policyPrefs = { 'browser.policies.alternatePath': file, 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true };
    policyEnv = { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['-remote-allow-system-access'],
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr', MOZ_CRASHREPORTER_DISABLE: '1', ...policyEnv },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID, [PREVIOUS_GECKO_ID]: UUID }),
      'intl.locale.requested': 'fr',
      'intl.accept_languages': 'fr-FR, fr',
      'devtools.console.stdout.content': true,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'xpinstall.signatures.required': false,
      ...options.prefs,
      ...policyPrefs,
    },
    dumpio: false,
  });
  const errors: string[] = [];
  const stdout = browser.process()?.stdout;
  let pending = '';
  stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (/JavaScript error: moz-extension:\/\//.test(line)) errors.push(line.trim());
      else if (/^console\.error:/.test(line) && !FIREFOX_NOISE.test(line) && !/chrome:\/\/|resource:\/\//.test(line)) errors.push(line.trim());
    }
  });
  await browser.installExtension(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  const baseUrl = `moz-extension://${UUID}/`;

  async function goto(page: Page, path: string): Promise<void> {
    // Internal API (puppeteer-core 24.43.1): see the header comment.
    const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } }).browsingContext;
    await context.navigate(baseUrl + path, 'complete');
  }

  async function openPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    await goto(page, path);
    return page;
  }

  return {
    browser,
    baseUrl,
    errors,
    openPage,
    goto,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the event page has stored the embedded starter directory (read from an extension page). */
export async function waitForFirefoxStarter(session: FirefoxSession): Promise<void> {
  const page = await session.openPage('options.html');
  // Polled every 50 ms for up to a minute: a fresh profile's first install is slow on a loaded machine.
  await page.evaluate(waitForStoredSources, 1200);
  await page.close();
}

/** Types a query in the popup and returns the names listed, best first. */
export async function searchInFirefoxPopup(page: Page, query: string): Promise<string[]> {
  const input = await page.waitForSelector('#search-input');
  // Empty the box as a counsellor would (select all, erase), also when it reopened on the last query.
  await input!.focus();
  await page.$eval('#search-input', (el) => (el as HTMLInputElement).select());
  await page.keyboard.press('Backspace');
  await page.type('#search-input', query);
  // The results of these words, not those still shown for a query the popup reopened on.
  await page.waitForFunction((q) => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === q && document.querySelector('[role="option"] .result__name') !== null, {}, query);
  return page.$$eval('[role="option"] .result__name', (nodes) => nodes.map((n) => n.textContent ?? ''));
}
