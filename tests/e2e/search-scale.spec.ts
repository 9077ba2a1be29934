import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoriesOfPartner } from '../../lib/directory';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';
import { typeAtOnce } from '../../scripts/popup-timing.mjs';
import { forgetLastQuery, launchExtension, waitForStarter, type ExtensionSession, waitForResults } from './support/extension';
import { currentStoredIndexCount, putPartnerBatch, storeDirectoryInBatches } from '../support/in-page-db';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser & { offscreen: { closeDocument(): Promise<void> } };

// Issue 3: with 10,000 partners stored, the popup shows its first results within 100 ms of
// opening. The search worker kept by the search host holds the index the background built and
// stored: the popup reads neither the partners nor the index at opening.
// The relevance set's ~65 partners mixed with generated ones (same networks in other towns…),
// so each query below has one right answer.
const ROWS = relevanceDirectory(10_400).map((p) => ({ ...p, origin: 'scale', categories: categoriesOfPartner(p) }));
const SIZE = ROWS.length;
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await waitForStarter(session);
  // `#type=<query>` types at once; the first result line's time is kept (scripts/popup-timing.mjs).
  await session.context.addInitScript(typeAtOnce);
});
afterAll(async () => {
  await session?.close();
});


async function storedIndexSize(): Promise<number> {
  return (await session.worker.evaluate(currentStoredIndexCount)) ?? 0;
}

async function starterSize(): Promise<number> {
  return session.worker.evaluate(async () => {
    const open = indexedDB.open('repere');
    const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
    const count = await new Promise<number>((ok) => {
      const request = db.transaction('sources').objectStore('sources').get('repere-starter');
      request.onsuccess = () => ok((request.result as { partnerCount: number }).partnerCount);
    });
    db.close();
    return count;
  });
}

describe('search at the scale of a region', () => {
  it('indexes a newly stored directory of over 10,000 partners in the background; an open popup follows', async () => {
    const page = await session.openPage('popup.html');
    await page.getByRole('combobox').waitFor();
    const started = Date.now();
    await storeDirectoryInBatches(ROWS, (batch) => page.evaluate(putPartnerBatch, batch));
    console.log(`stored ${SIZE} partners in ${Date.now() - started} ms`);
    await page.close();
    const indexing = Date.now();

    // The next popup finds the stored index stale: it asks the background, then shows the new partners.
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('benali');
    await popup.getByRole('option').first().waitFor({ timeout: 180_000 });
    await expect.poll(() => popup.locator('.result__name').first().textContent()).toBe('Mission Locale Petite Camargue');
    await expect.poll(storedIndexSize, { timeout: 180_000 }).toBe(SIZE + (await starterSize()));
    console.log(`background indexed them in ${Date.now() - indexing} ms`);
    await popup.close();
  }, 600_000);

  it('shows the first results soon after opening the popup and prints the time (target: 100 ms)', async () => {
    const times: number[] = [];
    const answeredBy: string[] = [];
    const queries = [
      ['mision locale lunel', 'Mission Locale Petite Camargue'],
      ['pole emploi sete', 'France Travail Sète'],
      ['karim hadad', 'CCAS de Sète'],
      ['secour populaire venissieux', 'Secours populaire français – comité de Vénissieux'],
    ];
    // Three rounds: one opening says little on a shared machine.
    for (const [query, expected] of [...queries, ...queries, ...queries]) {
      // Each opening measures a fresh search, not the previous query the popup would reopen on.
      await forgetLastQuery(session);
      const popup = await session.openPage(`popup.html#type=${encodeURIComponent(query)}`);
      await popup.getByRole('option').first().waitFor();
      await expect.poll(() => popup.getByRole('combobox').inputValue()).toBe(query);
      const { at, loaded, ready, by, opened, read } = await popup.evaluate(() => {
        const mark = (name: string) => performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
        return {
          at: (window as unknown as { __firstOptionAt: number }).__firstOptionAt,
          loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
          ready: mark('repere:search-index-ready')?.startTime ?? NaN,
          by: String(mark('repere:search-index-ready')?.detail),
          opened: mark('repere:index-open')?.startTime,
          read: mark('repere:index-read')?.startTime,
        };
      });
      times.push(Math.round(at));
      answeredBy.push(by);
      const reading = opened === undefined ? '' : `database open ${Math.round(opened)} ms, stored index read ${Math.round(read!)} ms, `;
      console.log(`  "${query}": ${reading}page loaded ${Math.round(loaded)} ms, ${by === 'host' ? 'search host answering' : 'index ready in the page'} at ${Math.round(ready)} ms, first result ${Math.round(at)} ms`);
      await expect.poll(() => popup.locator('.result__name').first().textContent()).toBe(expected);
      await popup.close();
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    // What any extension page costs on this machine before its own work: the search host's page, empty.
    const floor: number[] = [];
    for (let i = 0; i < 3; i++) {
      const empty = await session.openPage('search-host.html');
      floor.push(Math.round(await empty.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd)));
      await empty.close();
    }
    console.log(
      `popup with ${SIZE.toLocaleString('en')} partners: first results ${times.join(' / ')} ms after opening (median ${median} ms); ` +
        `an empty extension page is loaded after ${floor.join(' / ')} ms on this machine`,
    );
    // In Chrome the search host (offscreen document) answers: the popup reads nothing at opening.
    expect(answeredBy).toEqual(times.map(() => 'host'));
    // Generous bound for a shared machine; reading the partners instead of the stored index
    // takes over a second here and fails it.
    expect(median).toBeLessThan(1000);
  });

  it('opens the right card when Enter follows the typing at once, before the results are shown', async () => {
    const popup = await session.openPage('popup.html');
    await popup.getByRole('option').or(popup.locator('.hint')).first().waitFor();
    // Typed and Enter in the same instant, as a fast counsellor or a barcode-like paste does.
    await popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = 'france travail sete';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await popup.locator('#card-title').waitFor();
    await expect.poll(() => popup.locator('#card-title').textContent()).toBe('France Travail Sète');
    await popup.close();
  });

  it('without the search host, the popup reads the stored index itself, and the background opens the host again', async () => {
    const hostOpen = () =>
      session.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] })).length > 0);
    expect(await hostOpen()).toBe(true);
    await session.worker.evaluate(() => chrome.offscreen.closeDocument());
    expect(await hostOpen()).toBe(false);

    const popup = await session.openPage(`popup.html#type=${encodeURIComponent('pole emploi sete')}`);
    await expect.poll(() => popup.locator('.result__name').first().textContent()).toBe('France Travail Sète');
    expect(await popup.evaluate(() => (performance.getEntriesByName('repere:search-index-ready')[0] as PerformanceMark).detail)).toBe('page');
    await popup.close();

    await expect.poll(hostOpen).toBe(true);
    const again = await session.openPage(`popup.html#type=${encodeURIComponent('mision locale lunel')}`);
    await expect.poll(() => again.locator('.result__name').first().textContent()).toBe('Mission Locale Petite Camargue');
    expect(await again.evaluate(() => (performance.getEntriesByName('repere:search-index-ready')[0] as PerformanceMark).detail)).toBe('host');
    await again.close();
  });

  it('opens the full card of a result (loaded on demand)', async () => {
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('benali');
    await waitForResults(popup, 'benali');
    await popup.getByRole('combobox').press('Enter');
    await popup.locator('#card-title').waitFor();
    await expect.poll(() => popup.locator('#card-title').textContent()).toBe('Mission Locale Petite Camargue');
    await expect.poll(() => popup.getByText('Samira Benali').count()).toBeGreaterThan(0);
    await popup.close();
  });

  it('printed no console error on any page', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
