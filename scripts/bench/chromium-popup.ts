// The popup-open bench's Chromium side (scripts/bench/popup-open.ts): a persistent Chromium with
// the built extension, marks for the search box, the first row and long tasks, and one timed open.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../tests/support/chromium-launch';
import { currentStoredIndexCount, putPartnerBatch, storeDirectoryInBatches, waitForStoredSources } from '../../tests/support/in-page-db';

/** tsx (esbuild's keepNames) wraps named inner functions in `__name(…)`: defined where such functions run. */
export const NAME_HELPER = 'globalThis.__name ??= (f) => f';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profile: string;
  errors: string[];
}

export async function launchChromium(extension: string, extraArgs: string[] = [], profile = mkdtempSync(join(tmpdir(), 'repere-bench-popup-'))): Promise<ChromiumSession> {
  const context = await launchChromiumWithExtension({ extensionDir: extension, profile, extraArgs });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // tsx keeps function names with an `__name` helper that functions sent to the browser lack.
  await worker.evaluate(NAME_HELPER);
  await context.addInitScript(NAME_HELPER);
  await worker.evaluate(waitForStoredSources, 400);
  const errors: string[] = [];
  context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
  // Marks, in every page, the search box focused, the first result row, and every long task.
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const tasks: number[] = [];
    w.__tasks = tasks;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* no long task API */
    }
    const typed = location.hash.startsWith('#type=') ? decodeURIComponent(location.hash.slice(6)) : '';
    new MutationObserver((_, observer) => {
      const input = document.querySelector<HTMLInputElement>('#search-input');
      if (input && w.__boxAt === undefined && document.activeElement === input) w.__boxAt = performance.now();
      if (typed && input && input.value !== typed) {
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (w.__firstOptionAt === undefined && document.querySelector('[role="option"]')) w.__firstOptionAt = performance.now();
      if (w.__boxAt !== undefined && w.__firstOptionAt !== undefined) observer.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  return { context, worker, id: new URL(worker.url()).host, profile, errors };
}

export async function closeChromium(session: ChromiumSession): Promise<void> {
  await session.context.close();
  rmSync(session.profile, { recursive: true, force: true });
}

/** Stores `rows` and waits until the background has indexed them and a popup answers from the new index. */
export async function storeAndIndex(session: ChromiumSession, rows: readonly unknown[], probe: [string, string]): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.id}/popup.html`);
  await storeDirectoryInBatches(rows, (batch) => page.evaluate(putPartnerBatch, batch));
  await page.close();
  await waitIndexed(session, rows.length, probe);
}

/** Waits until the stored index is that of the stored directory and a popup answers `probe[0]` with `probe[1]` first. */
export async function waitIndexed(session: ChromiumSession, count: number, probe: [string, string]): Promise<void> {
  const deadline = Date.now() + 3_600_000;
  for (;;) {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.id}/popup.html#type=${encodeURIComponent(probe[0])}`);
    const first = await popup
      .locator('[role="option"] .result__name')
      .first()
      .textContent({ timeout: 60_000 })
      .catch(() => '');
    const indexed = (await session.worker.evaluate(currentStoredIndexCount)) !== undefined;
    await popup.close();
    if (indexed && first === probe[1]) return;
    if (Date.now() > deadline) throw new Error(`the index of ${count} partners was never ready`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export const OPEN_QUERIES = ['mision locale lunel', 'pole emploi sete', 'karim hadad', 'secour populaire venissieux'];

export interface OpenSample {
  emptyLoaded: number;
  firstRow: number;
  box: number;
  longest: number;
}

export async function emptyPageLoaded(context: BrowserContext, id: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/search-host.html`);
  const loaded = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  await page.close();
  return loaded;
}

export async function openOnce(session: ChromiumSession, round: number): Promise<OpenSample> {
  await session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { remove(key: string): Promise<void> } } } }).chrome.storage.session.remove('lastQuery'));
  const emptyLoaded = await emptyPageLoaded(session.context, session.id);
  const query = OPEN_QUERIES[round % OPEN_QUERIES.length];
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.id}/popup.html#type=${encodeURIComponent(query)}`);
  await popup.waitForFunction(() => (window as unknown as { __firstOptionAt?: number }).__firstOptionAt !== undefined, undefined, { timeout: 60_000 });
  // What loads after the first results (panel, card, reference) counts as the opening too.
  await popup.waitForTimeout(1000);
  const sample = await popup.evaluate(() => {
    const w = window as unknown as { __firstOptionAt: number; __boxAt?: number; __tasks: number[] };
    return { firstRow: w.__firstOptionAt, box: w.__boxAt ?? NaN, longest: Math.max(0, ...w.__tasks) };
  });
  await popup.close();
  return { emptyLoaded, ...sample };
}
