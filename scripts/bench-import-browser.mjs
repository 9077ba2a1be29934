// Import timings in the real extension (headless Chromium, real IndexedDB): choose a file in the
// options page, preview, confirm, then open the popup and search. Reports the longest task on
// the options page's main thread from the file chosen on (a 100,000-structure import must not
// freeze it); scripts/bench/options-import.ts measures it without the harness's own polling.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { benchCsv } from './bench-data.mjs';
import { typeAtOnce } from './popup-timing.mjs';

const root = new URL('..', import.meta.url).pathname;
const EXT = join(root, '.output/chrome-mv3');
if (!existsSync(join(EXT, 'manifest.json'))) spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

// The counsellor's wait, timed in the page: from the file input's change event to the preview on
// screen, and from the click on « Importer » to the confirmation. Timing from the test harness
// would add Playwright's own work (sending a 3 MB file over the DevTools protocol: ~0.3 s).
const IMPORT_TIMES = () => {
  const times = (window.__importTimes = {});
  document.addEventListener('change', (event) => event.target?.id === 'import-file' && (times.chosen = performance.now()), true);
  document.addEventListener('click', (event) => /^Importer/.test(event.target?.closest?.('button')?.textContent ?? '') && (times.confirmed = performance.now()), true);
  new MutationObserver(() => {
    if (times.chosen && !times.preview && document.querySelector('#import-preview')) times.preview = performance.now();
    if (times.confirmed && !times.stored && [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent.includes('partenaires importés')))
      times.stored = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
};

const LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, Math.round(entry.duration)]);
  }).observe({ type: 'longtask', buffered: true });
};

async function run(count) {
  const dir = mkdtempSync(join(tmpdir(), 'repere-bench-'));
  const file = join(dir, `annuaire-${count}.csv`);
  writeFileSync(file, benchCsv(count));
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'fr-FR',
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
    args: ['--lang=fr-FR', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.addInitScript(LONG_TASKS);
    await page.addInitScript(IMPORT_TIMES);
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.locator('#sources-table').waitFor();
    await page.waitForTimeout(1000); // a counsellor takes at least this long to pick a file
    await page.locator('#import-file').setInputFiles(file);
    // Waits read the page's own milestones: a locator polling the page's text would add its own
    // long tasks to the ones measured.
    await page.waitForFunction(() => window.__importTimes.preview, null, { timeout: 300_000, polling: 250 });
    const workerParseMs = await page.locator('#import-preview').getAttribute('data-parse-ms');
    await page.getByRole('button', { name: /^Importer/ }).click();
    await page.waitForFunction(() => window.__importTimes.stored, null, { timeout: 300_000, polling: 250 });
    const times = await page.evaluate(() => window.__importTimes);
    const previewMs = Math.round(times.preview - times.chosen);
    const storeMs = Math.round(times.stored - times.confirmed);
    const workerStoreMs = await page.locator('.import-done').getAttribute('data-store-ms');
    await page.waitForTimeout(1500); // let the sources list catch up, so its work is measured too
    // The import's tasks only: from the file chosen on (the page's own load is not the import).
    const tasks = (await page.evaluate(() => window.__longTasks)).filter(([start]) => start >= times.chosen).map(([, duration]) => duration);

    const popup = await context.newPage();
    await popup.addInitScript(LONG_TASKS);
    const openedAt = Date.now();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByRole('combobox').fill(`structure n ${count - 1}`);
    await popup.getByRole('option').first().waitFor({ timeout: 300_000 });
    const searchMs = Date.now() - openedAt;
    const popupTasks = (await popup.evaluate(() => window.__longTasks)).map(([, duration]) => duration);
    const longest = tasks.length ? Math.max(...tasks) : 0;
    const popupLongest = popupTasks.length ? Math.max(...popupTasks) : 0;
    await popup.close();

    // Later openings, the index built: first result in-page, from navigation start (median of 7).
    await context.addInitScript(typeAtOnce);
    const reopen = [];
    for (let i = 0; i < 8; i++) {
      const again = await context.newPage();
      await again.goto(`chrome-extension://${id}/popup.html#type=${encodeURIComponent(`structure n ${count - 1 - i}`)}`);
      await again.getByRole('option').first().waitFor({ timeout: 300_000 });
      await again.waitForFunction(() => window.__firstOptionAt !== undefined);
      if (i > 0) reopen.push(Math.round(await again.evaluate(() => window.__firstOptionAt)));
      await again.close();
    }
    const reopenMs = [...reopen].sort((a, b) => a - b)[Math.floor(reopen.length / 2)];
    console.log(`RESULT ${JSON.stringify({ where: 'chromium', count, previewMs, storeMs, workerParseMs: Number(workerParseMs), workerStoreMs: Number(workerStoreMs), longest, searchMs, popupLongest, reopenMs })}`);
    console.log(
      `chromium ${count.toLocaleString('en')} structures: file chosen → preview ${previewMs} ms (worker parse+validate ${workerParseMs} ms), confirm → stored ${storeMs} ms (worker store ${workerStoreMs} ms), ` +
        `parse+validate+store ${previewMs + storeMs} ms; ` +
        `options page longest main-thread task ${longest} ms (${tasks.length} tasks over 50 ms); ` +
        `popup open → first result (search index built once) ${searchMs} ms, popup longest task ${popupLongest} ms; ` +
        `popup reopened → first result ${reopenMs} ms (median of ${reopen.length}: ${reopen.join(' / ')})`,
    );
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
for (const count of sizes.length ? sizes : [10_000, 100_000]) await run(count);
