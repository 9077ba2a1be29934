import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { categoriesOfPartner } from '../../lib/directory';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';
import { putPartnerBatch, storeDirectoryInBatches } from '../support/in-page-db';
import { useFirefoxSession } from './support/session';

// Issue 13: the Firefox popup's first result with 10,000+ partners stored, printed. Firefox has
// no offscreen document: the index lives in the event page or is read by the popup itself.
const ROWS = relevanceDirectory(10_400).map((p) => ({ ...p, origin: 'scale', categories: categoriesOfPartner(p) }));
const session = useFirefoxSession();



/** In the popup: types `query` at once, resolves when the first result line shows (ms since navigation). */
async function typeAndTime(page: Page, query: string) {
  return page.evaluate(async (query) => {
    const input = await new Promise<HTMLInputElement>((ok) => {
      const find = () => {
        const el = document.querySelector<HTMLInputElement>('#search-input');
        if (el) ok(el);
        else setTimeout(find, 1);
      };
      find();
    });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const typedAt = performance.now();
    await new Promise<void>((ok) => {
      // The results of these words, not those of a query the popup reopened on.
      const answered = () => document.querySelector('[role="listbox"]')?.getAttribute('data-query') === query && document.querySelector('[role="option"]');
      const check = () => (answered() ? ok() : setTimeout(check, 1));
      check();
    });
    const first = document.querySelector('[role="option"] .result__name')?.textContent ?? '';
    const firstAt = performance.now();
    const mark = performance.getEntriesByName('repere:search-index-ready')[0] as PerformanceMark | undefined;
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN;
    return { typedAt, firstAt, first, ready: mark?.startTime ?? NaN, by: String(mark?.detail), loaded };
  }, query);
}

describe('Firefox: search at the scale of a region', () => {
  it('indexes 10,400 stored partners; prints the popup’s time to first result', async () => {
    const page = await session.openPage('options.html');
    await storeDirectoryInBatches(ROWS, (batch) => page.evaluate(putPartnerBatch, batch));
    await page.close();
    // The first popup finds the index stale and asks for a rebuild; wait until it answers right.
    const warm = await session.openPage('popup.html');
    await expect.poll(async () => (await typeAndTime(warm, 'mision locale lunel')).first, { timeout: 240_000, interval: 500 }).toBe('Mission Locale Petite Camargue');
    await warm.close();

    const queries: Array<[string, string]> = [
      ['mision locale lunel', 'Mission Locale Petite Camargue'],
      ['pole emploi sete', 'France Travail Sète'],
      ['karim hadad', 'CCAS de Sète'],
    ];
    const opened: number[] = [];
    const afterTyping: number[] = [];
    const ready: number[] = [];
    const loaded: number[] = [];
    const by = new Set<string>();
    for (const [query, expected] of [...queries, ...queries]) {
      const popup = await session.openPage('popup.html');
      const timing = await typeAndTime(popup, query);
      const { typedAt, firstAt, first } = timing;
      ready.push(Math.round(timing.ready));
      loaded.push(Math.round(timing.loaded));
      by.add(timing.by);
      expect(first).toBe(expected);
      opened.push(Math.round(firstAt));
      afterTyping.push(Math.round(firstAt - typedAt));
      await popup.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `Firefox popup, ${ROWS.length} partners: first result ${median(afterTyping)} ms after typing (median; ${afterTyping.join(', ')}), ` +
        `${median(opened)} ms after opening incl. the driver's round trips (${opened.join(', ')}); ` +
        `page loaded at ${median(loaded)} ms, index ready at ${median(ready)} ms (${[...by].join('/')})`,
    );
  }, 600_000);
});
