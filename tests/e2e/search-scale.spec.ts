import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { categoriesOfPartner } from '../../lib/directory';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';
import { launchExtension, waitForStarter, type ExtensionSession } from './support/extension';

// Issue 3: with 10,000 partners stored, the popup shows its first results within 100 ms of
// opening. The popup reads the search index the background stored, never the partners.
// The relevance set's ~65 partners mixed with generated ones (same networks in other towns…),
// so each query below has one right answer.
const ROWS = relevanceDirectory(10_400).map((p) => ({ ...p, origin: 'scale', categories: categoriesOfPartner(p) }));
const SIZE = ROWS.length;
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await waitForStarter(session);
  // Records the moment (ms since navigation started) the first result line appears. With
  // `#type=<query>` in the URL, types the query the instant the search box exists: a counsellor
  // typing at once, without the test harness's own round trips.
  await session.context.addInitScript(() => {
    const typed = location.hash.startsWith('#type=') ? decodeURIComponent(location.hash.slice(6)) : '';
    new MutationObserver((_, observer) => {
      const input = document.querySelector<HTMLInputElement>('#search-input');
      if (typed && input && input.value !== typed) {
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (document.querySelector('[role="option"]')) {
        (window as unknown as { firstOptionAt: number }).firstOptionAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
});
afterAll(async () => {
  await session?.close();
});

/** Stores a regional directory the way an import does: partners, their source, a new directory version. */
async function storeDirectory(page: Page) {
  const rows = ROWS;
  for (let start = 0; start < rows.length; start += 2500) {
    const last = start + 2500 >= rows.length;
    await page.evaluate(
      async ({ batch, last, count }) => {
        const open = indexedDB.open('repere');
        const db = await new Promise<IDBDatabase>((ok, ko) => {
          open.onsuccess = () => ok(open.result);
          open.onerror = () => ko(open.error);
        });
        const tx = db.transaction(['partners', 'sources', 'meta'], 'readwrite');
        for (const row of batch) tx.objectStore('partners').put(row);
        if (last) {
          tx.objectStore('sources').put({ id: 'scale', kind: 'file', label: 'Annuaire régional', partnerCount: count, updatedAt: Date.now(), priority: 0 });
          const meta = tx.objectStore('meta');
          const get = meta.get('directoryVersion');
          get.onsuccess = () => meta.put({ key: 'directoryVersion', value: ((get.result?.value as number) ?? 0) + 1 });
        }
        await new Promise<void>((ok, ko) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => ko(tx.error);
        });
        db.close();
      },
      { batch: rows.slice(start, start + 2500), last, count: rows.length },
    );
  }
}

async function storedIndexSize(): Promise<number> {
  return session.worker.evaluate(async () => {
    const open = indexedDB.open('repere');
    const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
    const read = <T,>(store: string, key: string) =>
      new Promise<T>((ok) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => ok(request.result as T);
      });
    const [version, stored] = await Promise.all([
      read<{ value: number } | undefined>('meta', 'directoryVersion'),
      read<{ directoryVersion: number; snapshot: { count: number } } | undefined>('searchIndex', 'directory'),
    ]);
    db.close();
    return stored && stored.directoryVersion === version?.value ? stored.snapshot.count : 0;
  });
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
    await storeDirectory(page);
    console.log(`stored ${SIZE} partners in ${Date.now() - started} ms`);
    await page.close();
    const indexing = Date.now();

    // The next popup finds the stored index stale: it asks the background, then shows the new partners.
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('benali');
    await popup.getByRole('option').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => popup.locator('.result__name').first().textContent()).toBe('Mission Locale Petite Camargue');
    await expect.poll(storedIndexSize, { timeout: 60_000 }).toBe(SIZE + (await starterSize()));
    console.log(`background indexed them in ${Date.now() - indexing} ms`);
    await popup.close();
  }, 180_000);

  it('shows the first results soon after opening the popup and prints the time (target: 100 ms)', async () => {
    const times: number[] = [];
    for (const [query, expected] of [
      ['mision locale lunel', 'Mission Locale Petite Camargue'],
      ['pole emploi sete', 'France Travail Sète'],
      ['karim hadad', 'CCAS de Sète'],
      ['secour populaire venissieux', 'Secours populaire français – comité de Vénissieux'],
    ]) {
      const popup = await session.openPage(`popup.html#type=${encodeURIComponent(query)}`);
      await popup.getByRole('option').first().waitFor();
      await expect.poll(() => popup.getByRole('combobox').inputValue()).toBe(query);
      const [at, loaded, ready, opened, read] = await popup.evaluate(() => [
        (window as unknown as { firstOptionAt: number }).firstOptionAt,
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        performance.getEntriesByName('repere:search-index-ready')[0]?.startTime ?? NaN,
        performance.getEntriesByName('repere:early-index-open')[0]?.startTime ?? NaN,
        performance.getEntriesByName('repere:early-index-read')[0]?.startTime ?? NaN,
      ]);
      times.push(Math.round(at));
      console.log(`  "${query}": database open ${Math.round(opened)} ms, stored index read ${Math.round(read)} ms, page loaded ${Math.round(loaded)} ms, index ready ${Math.round(ready)} ms, first result ${Math.round(at)} ms`);
      await expect.poll(() => popup.locator('.result__name').first().textContent()).toBe(expected);
      await popup.close();
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(`popup with ${SIZE.toLocaleString('en')} partners: first results ${times.join(' / ')} ms after opening (median ${median} ms)`);
    // Generous bound for a shared machine; reading the partners instead of the stored index
    // takes over a second here and fails it.
    expect(median).toBeLessThan(1000);
  });

  it('opens the full card of a result (loaded on demand)', async () => {
    const popup = await session.openPage('popup.html');
    await popup.getByRole('combobox').fill('benali');
    await popup.getByRole('option').first().waitFor();
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
