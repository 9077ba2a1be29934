import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { KEEP_WARM_ALARM, WARM_END_ALARM } from '../../lib/search/keep-warm';
import { searchInFirefoxPopup } from './support/firefox';
import { useFirefoxSession } from './support/session';

// The extension page's own `browser` global, inside page.evaluate (auto-imports are off: wxt.config.ts).
declare const browser: typeof import('wxt/browser').browser;

// Issue 20 (Firefox): the counsellor's popup a minute later in the same interview finds the
// index still in memory. Firefox's own idle timeout here (30 s): the event page would be
// suspended after it without the working window (lib/search/keep-warm.ts).
const session = useFirefoxSession();
/** An extension page kept open to ask about the event page (extension.getBackgroundPage() neither wakes it nor keeps it). */
let watcher: Page;

beforeAll(async () => {
  watcher = await session.openPage('privacy.html');
});

/** When the event page now awake started (its timeOrigin), or null while it is suspended. */
const eventPageStart = () => watcher.evaluate(() => (browser.extension.getBackgroundPage() as Window | null)?.performance.timeOrigin ?? null);

async function answeredBy(popup: Page): Promise<string> {
  await popup.waitForFunction(() => performance.getEntriesByName('repere:search-index-ready').length > 0);
  return popup.evaluate(() => String((performance.getEntriesByName('repere:search-index-ready')[0] as PerformanceMark).detail));
}

describe('Firefox: the working window keeps the index in memory', () => {
  it('a popup opened after a pause longer than the idle timeout joins the worker, and the event page sleeps once the window ends', async () => {
    // A popup opens: its page asks the event page for the index (and so for the window).
    await expect
      .poll(
        async () => {
          const popup = await session.openPage('popup.html');
          const who = await answeredBy(popup);
          await popup.close();
          return who;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe('host');
    const started = await eventPageStart();
    expect(started).not.toBeNull();
    // 45 s with no page open that searches, longer than Firefox's 30 s idle timeout: the event page
    // that was awake is the same one (never suspended then woken again).
    const pauseEnds = Date.now() + 45_000;
    await expect.poll(() => Date.now() >= pauseEnds, { timeout: 60_000, interval: 1000 }).toBe(true);
    expect(await eventPageStart()).toBe(started);
    // The next popup answers from the worker at its first opening, and finds what is asked.
    const popup = await session.openPage('popup.html');
    expect(await answeredBy(popup)).toBe('host');
    expect((await searchInFirefoxPopup(popup, 'mision locale'))[0]).toMatch(/Mission Locale/i);
    await popup.close();
    expect(await watcher.evaluate((name: string) => browser.alarms.get(name).then(Boolean), KEEP_WARM_ALARM)).toBe(true);

    // The window's end (due now, as after 30 minutes without a search): the keep-alive alarm is
    // cleared and Firefox suspends the event page after its idle timeout, the worker with it.
    await watcher.evaluate((name: string) => browser.alarms.create(name, { when: Date.now() }), WARM_END_ALARM);
    await expect.poll(() => watcher.evaluate((name: string) => browser.alarms.get(name).then(Boolean), KEEP_WARM_ALARM), { timeout: 30_000 }).toBe(false);
    await expect.poll(eventPageStart, { timeout: 90_000, interval: 500 }).toBeNull();
    expect(session.errors).toEqual([]);
  });
});
