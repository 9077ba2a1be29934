// The popup-open bench's Firefox side (scripts/bench/popup-open.ts): one Firefox ESR per build,
// the directory stored, and opens with the event page awake or suspended.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefox, waitForFirefoxStarter } from '../../tests/firefox/support/firefox';
import { putPartnerBatch, storeDirectoryInBatches } from '../../tests/support/in-page-db';
import type { Page } from 'puppeteer-core';
import type { Build } from './builds';
import { NAME_HELPER } from './chromium-popup';
import { KEEP_WARM_ALARM, WARM_END_ALARM } from '../../lib/search/keep-warm';

// The extension page's own `browser` global, inside page.evaluate (auto-imports are off: wxt.config.ts).
declare const browser: typeof import('wxt/browser').browser;


export interface FirefoxSample {
  emptyLoaded: number;
  ready: number;
  /** Who answered the popup's first search: the search worker the event page keeps ('host'), or the popup's own read ('page'). */
  answeredBy: string;
}

/**
 * Firefox's empty page: search-host.html starts the search worker there (it is Chrome's search
 * host), and a worker reading the index would weigh on the popup opened next. An HTML page with
 * nothing in it, written into each build's output before Firefox installs it (the bench's own).
 */
const FIREFOX_EMPTY_PAGE = 'bench-empty.html';

/**
 * Ends the working window (lib/search/keep-warm.ts; a build without it has no such alarms), then
 * waits until Firefox has suspended the event page: the opening after a long pause, the
 * morning's first. `watcher`: an extension page kept open (opening one is a tab event that wakes
 * the event page).
 */
export async function eventPageSuspended(watcher: Page): Promise<void> {
  await watcher.evaluate((names: string[]) => Promise.all(names.map((name) => browser.alarms.clear(name))), [KEEP_WARM_ALARM, WARM_END_ALARM]);
  for (let i = 0; i < 1200; i++) {
    const awake = await watcher.evaluate(async () => (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND' as never] })).length > 0);
    if (!awake) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Firefox never suspended the event page');
}

/**
 * One Firefox per build (the event page's idle timeout is Firefox's default, 30 s). Warm opens:
 * the event page stays awake between them (each opening is an event for it). Cold opens: after
 * `suspended()`, the working window ended and Firefox has suspended the event page and the search
 * worker it keeps with it: the opening after a long pause of the counsellor.
 */
export async function firefoxSession(b: Build, rows: readonly unknown[]) {
  const extensionDir = join(b.dir, '.output/firefox-mv3');
  writeFileSync(join(extensionDir, FIREFOX_EMPTY_PAGE), '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>vide</title></head><body></body></html>\n');
  // The toolbar popup is opened by action.openPopup() from an extension page, without a click.
  const session = await launchFirefox({ extensionDir, prefs: { 'extensions.openPopupWithoutUserGesture.enabled': true } });
  await waitForFirefoxStarter(session);
  const page = await session.openPage('options.html');
  await storeDirectoryInBatches(rows, (batch) => page.evaluate(putPartnerBatch, batch));
  await page.close();
  // The first popups find the index stale and ask the event page to rebuild it: wait until one answers from it.
  const deadline = Date.now() + 300_000;
  for (;;) {
    const popup = await session.openPage('popup.html');
    await popup.evaluate(NAME_HELPER).catch(() => undefined);
    const first = await popup
      .evaluate(async () => {
        const input = await new Promise<HTMLInputElement>((ok) => {
          const find = () => (document.querySelector('#search-input') ? ok(document.querySelector<HTMLInputElement>('#search-input')!) : setTimeout(find, 5));
          find();
        });
        input.value = 'mision locale lunel';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        for (let i = 0; i < 400; i++) {
          const list = document.querySelector('[role="listbox"]');
          if (list?.getAttribute('data-query') === input.value) return list.querySelector('.result__name')?.textContent ?? '';
          await new Promise((r) => setTimeout(r, 25));
        }
        return '';
      })
      .catch(() => '');
    await popup.close();
    if (first === 'Mission Locale Petite Camargue') break;
    if (Date.now() > deadline) throw new Error('Firefox never indexed the directory');
    await new Promise((r) => setTimeout(r, 1000));
  }
  // A page kept open to ask whether the event page is awake (opening one is a tab event that wakes it).
  const watcher = await session.openPage(FIREFOX_EMPTY_PAGE);
  const suspended = () => eventPageSuspended(watcher);
  async function openEmpty(): Promise<number> {
    const empty = await session.openPage(FIREFOX_EMPTY_PAGE);
    const emptyLoaded = await empty.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
    await empty.close();
    return emptyLoaded;
  }
  async function openPopup(): Promise<Omit<FirefoxSample, 'emptyLoaded'>> {
    const popup = await session.openPage('popup.html');
    const { ready, answeredBy } = await popup.evaluate(async () => {
      for (let i = 0; i < 600; i++) {
        const mark = performance.getEntriesByName('repere:search-index-ready')[0] as PerformanceMark | undefined;
        if (mark) return { ready: mark.startTime, answeredBy: String(mark.detail ?? '?') };
        await new Promise((r) => setTimeout(r, 10));
      }
      return { ready: NaN, answeredBy: 'none' };
    });
    await popup.close();
    return { ready, answeredBy };
  }
  /**
   * The popup as the counsellor opens it, from the toolbar button (action.openPopup, asked by the
   * watcher page; `path` set as the action's popup, the empty page to compare): no tab opens, so
   * no tab event wakes the event page. Read from the popup's window (extension.getViews).
   */
  async function openToolbar(path: string): Promise<{ loaded: number; ready: number; answeredBy: string }> {
    return watcher.evaluate(async (path: string) => {
      // The previous popup's window goes after its close() returns: never read it for this one.
      // (No named functions in here: tsx wraps them in a helper the page does not have.)
      for (let i = 0; i < 200 && browser.extension.getViews({ type: 'popup' }).length > 0; i++) await new Promise((r) => setTimeout(r, 10));
      await browser.action.setPopup({ popup: path });
      await browser.action.openPopup();
      const wanted = path === 'popup.html';
      let result = { loaded: NaN, ready: NaN, answeredBy: 'none' };
      for (let i = 0; i < 600; i++) {
        try {
          const view = browser.extension.getViews({ type: 'popup' })[0] as Window | undefined;
          const mark = view?.performance.getEntriesByName('repere:search-index-ready')[0] as PerformanceMark | undefined;
          if (view && view.document.readyState === 'complete' && (mark || !wanted)) {
            const loaded = (view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
            result = { loaded, ready: mark?.startTime ?? NaN, answeredBy: mark ? String(mark.detail ?? '?') : 'none' };
            view.close();
            break;
          }
        } catch {
          // A window closed while read ("dead object"): read the current one again.
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      for (let i = 0; i < 200 && browser.extension.getViews({ type: 'popup' }).length > 0; i++) await new Promise((r) => setTimeout(r, 10));
      await browser.action.setPopup({ popup: 'popup.html' });
      return result;
    }, path);
  }
  return {
    session,
    openEmpty,
    openPopup,
    suspended,
    openToolbarEmpty: async () => (await openToolbar(FIREFOX_EMPTY_PAGE)).loaded,
    openToolbarPopup: async (): Promise<Omit<FirefoxSample, 'emptyLoaded'>> => {
      const { ready, answeredBy } = await openToolbar('popup.html');
      return { ready, answeredBy };
    },
  };
}
