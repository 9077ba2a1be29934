import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { categoriesOfPartner } from '../../lib/directory';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';
import { putPartnerBatch } from '../support/in-page-db';
import { searchInFirefoxPopup } from './support/firefox';
import { useFirefoxSession } from './support/session';

// The extension page's own `browser` global, inside page.evaluate (auto-imports are off: wxt.config.ts).
declare const browser: typeof import('wxt/browser').browser;

// Issue 20 (Firefox): the event page keeps the search worker, and so the index in memory, while
// it is awake; the popup joins it instead of reading the stored index. Firefox suspends the
// event page after `extensions.background.idle.timeout` without events (30 s by default, 3 s
// here so the test sees it): the worker ends with it and the popup reads the index itself.
const IDLE_MS = 3000;
const session = useFirefoxSession({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
/** An extension page kept open to ask the browser about the event page (opening a tab would wake it). */
let watcher: Page;

beforeAll(async () => {
  watcher = await session.openPage('privacy.html');
});

/** Who answers this popup's searches: the worker the event page keeps ('host') or the popup's own read ('page'). */
async function answeredBy(popup: Page): Promise<string> {
  await popup.waitForFunction(() => performance.getEntriesByName('repere:search-index-ready').length > 0);
  return popup.evaluate(() => String((performance.getEntriesByName('repere:search-index-ready')[0] as PerformanceMark).detail));
}

/** Opens popups until one answers from the worker the event page keeps (each opening asks it to); that one stays open. */
async function popupAnsweredByHost(): Promise<Page> {
  let popup: Page | undefined;
  await expect
    .poll(
      async () => {
        await popup?.close();
        popup = await session.openPage('popup.html');
        return answeredBy(popup);
      },
      { timeout: 60_000, interval: 200 },
    )
    .toBe('host');
  return popup!;
}

const eventPageAwake = () => watcher.evaluate(async () => (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND' as never] })).length > 0);

describe('Firefox: the search index held by the event page', () => {
  it('answers a popup from the worker the event page keeps, once a popup asked it to', async () => {
    const popup = await popupAnsweredByHost();
    expect((await searchInFirefoxPopup(popup, 'mision locale'))[0]).toMatch(/Mission Locale/i);
    await popup.close();
    expect(session.errors).toEqual([]);
  });

  it('still searches once the event page was suspended, its worker gone: the popup reads the stored index', async () => {
    await expect.poll(eventPageAwake, { timeout: 60_000, interval: 250 }).toBe(false);
    const popup = await session.openPage('popup.html');
    expect(await answeredBy(popup)).toBe('page');
    expect((await searchInFirefoxPopup(popup, 'mision locale'))[0]).toMatch(/Mission Locale/i);
    await popup.close();
    // That opening woke the event page and had it start the worker again: the next one joins it.
    const next = await popupAnsweredByHost();
    expect((await searchInFirefoxPopup(next, 'mision locale'))[0]).toMatch(/Mission Locale/i);
    await next.close();
    expect(session.errors).toEqual([]);
  });

  it('after an import, a popup never answers from the index the worker held before', async () => {
    const open = await popupAnsweredByHost();
    expect(await searchInFirefoxPopup(open, 'mission locale zephyrine')).not.toContain('Mission Locale Zéphyrine');
    // An import stores the partners and bumps the directory version, the worker still holding the old index.
    const [model] = relevanceDirectory(0);
    const row = { ...model, id: 'import--zephyrine', nom: 'Mission Locale Zéphyrine', origin: 'scale', categories: categoriesOfPartner(model) };
    await watcher.evaluate(putPartnerBatch, { batch: [row], last: true, count: 1 });
    // A popup opened now: its first results for these words already come from the new index.
    const popup = await session.openPage('popup.html');
    expect((await searchInFirefoxPopup(popup, 'mission locale zephyrine'))[0]).toBe('Mission Locale Zéphyrine');
    await popup.close();
    // The popup that was open meanwhile moves to the new index too.
    await expect.poll(async () => (await searchInFirefoxPopup(open, 'mission locale zephyrine'))[0], { timeout: 30_000 }).toBe('Mission Locale Zéphyrine');
    await open.close();
    expect(session.errors).toEqual([]);
  });
});
