// Options-page import benchmark (issue 20, item 5), in real Chromium with the built extension:
// a 10,000-structure directory file is chosen in the options page, its preview shown, the import
// confirmed, written, and the sources table updated. Measured on the page's main thread, from the
// file input's change event to 1.5 s after the sources table shows the new source:
//
//   longest task, wall clock      PerformanceObserver `longtask` (what the counsellor feels)
//   longest task, CPU             the same page thread's tasks in a Chromium trace, thread time
//                                 (what our code costs the thread, whatever else runs on the machine)
//   calibration: machine stretch  wall ÷ CPU of that thread's tasks over 5 ms in the same window:
//                                 on a busy machine (2 cores shared with other jobs) the thread
//                                 waits for a core, and every task's wall time grows by this factor
//
// Target: longest task ≤ 100 ms — judged on CPU time and on wall time ÷ the run's stretch (the
// median over rounds of each). The page's own load is not part of the import: its longest task
// once its HTML arrived is printed apart (before that, the thread runs the browser's own
// start-up). The territory picker's geography, read and indexed on the page, made that a
// ~200 ms task; a worker does it now (lib/geography-service.ts). With `--base <git ref>` that build is built into a temporary copy and
// measured in the same run, its rounds alternated with this build's.
//
// Options: --base <ref> · --rounds <n> (imports per build, default 3) · --count <n> (default 10000)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { benchCsv } from '../bench-data.mjs';
import { baseBuild, buildExtension, type Build } from './builds';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ROUNDS = Number(option('--rounds') ?? 3);
const COUNT = Number(option('--count') ?? 10_000);
const BASE_REF = option('--base');
const TARGET_MS = 100;
const SETTLE_MS = 1500;

/** In the page before its scripts: long tasks with their start, and the import's milestones. */
const OBSERVE = () => {
  const bench = ((window as unknown as { __bench: Record<string, unknown> }).__bench = { tasks: [] as Array<[number, number]> });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * Resolves in the page when `selector` matches (and its text, digits only, is `digits` if given),
 * checked on DOM changes only: no polling on the measured thread (extension pages allow no eval).
 */
function whenInPage(page: import('playwright-core').Page, selector: string, digits?: string, timeout = 300_000) {
  return page.evaluate(
    ({ selector, digits, timeout }) =>
      new Promise<number>((done, fail) => {
        const seen = () => {
          const element = document.querySelector(selector);
          return element !== null && (digits === undefined || element.textContent?.replace(/\D/g, '') === digits);
        };
        const observer = new MutationObserver(() => seen() && finish());
        const timer = setTimeout(() => (observer.disconnect(), fail(new Error(`not seen: ${selector}`))), timeout);
        const finish = () => (observer.disconnect(), clearTimeout(timer), done(performance.now()));
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        if (seen()) finish();
      }),
    { selector, digits, timeout },
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] } });
  const value = await run();
  await cdp.send('Tracing.end');
  await complete;
  return { value, events };
}

/** The options page's main thread in the trace: the one that recorded the page's marks. */
function pageThreadTasks(events: TraceEvent[]): { tasks: TraceEvent[]; from: number; to: number } {
  const from = events.find((e) => e.name === 'repere-import-from');
  const to = events.find((e) => e.name === 'repere-import-to');
  if (!from || !to) throw new Error('the page marks are missing from the trace');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === from.pid && e.tid === from.tid && e.ts >= from.ts && e.ts <= to.ts);
  return { tasks, from: from.ts, to: to.ts };
}

interface Round {
  wallLongest: number;
  cpuLongest: number;
  stretch: number;
  tasksOver50: number;
  loadLongest: number;
  previewMs: number;
  storedMs: number;
}

async function importOnce(extension: string, file: string): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), 'repere-bench-options-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'fr-FR',
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
    args: ['--lang=fr-FR', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    // tsx (esbuild's keepNames) wraps named inner functions in `__name(…)`, which the page lacks.
    await page.addInitScript({ content: 'globalThis.__name ??= (f) => f' });
    await page.addInitScript(OBSERVE);
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.locator('#sources-table tr[data-source-id]').first().waitFor();
    // Playwright's own helpers are injected now, not inside the measured window.
    await page.locator('#import-file').evaluate(() => 0);
    await page.waitForTimeout(1500); // the starter written, the page settled: a counsellor takes this long to pick a file
    const cdp = await context.newCDPSession(page);
    const { value, events } = await traced(cdp, async () => {
      const from = await page.evaluate(() => performance.mark('repere-import-from').startTime);
      await page.locator('#import-file').setInputFiles(file);
      const preview = await whenInPage(page, '#import-preview button.primary');
      await page.evaluate(() => (document.querySelector('#import-preview button.primary') as HTMLButtonElement).click());
      const confirmed = await page.evaluate(() => performance.now());
      const stored = await whenInPage(page, '.import-done');
      await whenInPage(page, '#sources-table tr[data-source-id^="file:"] .source-count', String(COUNT));
      await page.waitForTimeout(SETTLE_MS);
      const to = await page.evaluate(() => performance.mark('repere-import-to').startTime);
      const tasks = await page.evaluate(() => (window as unknown as { __bench: { tasks: Array<[number, number]> } }).__bench.tasks);
      // Before its HTML arrives, the page's thread runs the browser's own start-up (a task of 150–280 ms here): not the page's code.
      const arrived = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStart);
      return { from, to, preview, confirmed, stored, tasks, arrived };
    });
    const inWindow = value.tasks.filter(([start]) => start >= value.from && start <= value.to).map(([, duration]) => duration);
    const beforeWindow = value.tasks.filter(([start]) => start >= value.arrived && start < value.from).map(([, duration]) => duration);
    const { tasks } = pageThreadTasks(events);
    const measured = tasks.filter((t) => (t.tdur ?? 0) >= 5000);
    const wallSum = measured.reduce((sum, t) => sum + (t.dur ?? 0), 0);
    const cpuSum = measured.reduce((sum, t) => sum + (t.tdur ?? 0), 0);
    return {
      wallLongest: Math.round(Math.max(0, ...inWindow)),
      cpuLongest: Math.round(Math.max(0, ...tasks.map((t) => t.tdur ?? 0)) / 1000),
      stretch: cpuSum > 0 ? wallSum / cpuSum : 1,
      tasksOver50: inWindow.filter((d) => d > 50).length,
      loadLongest: Math.round(Math.max(0, ...beforeWindow)),
      previewMs: Math.round(value.preview - value.from),
      storedMs: Math.round(value.stored - value.confirmed),
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values: number[], digits = 0) => `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;

const builds: Build[] = [];
if (!option('--no-build')) buildExtension(ROOT, ['chrome']);
builds.push({ name: 'this build', dir: ROOT });
if (BASE_REF) builds.push(baseBuild(ROOT, BASE_REF, ['chrome']));

const fileDir = mkdtempSync(join(tmpdir(), 'repere-bench-file-'));
const file = join(fileDir, `annuaire-${COUNT}.csv`);
writeFileSync(file, benchCsv(COUNT));
const results = new Map<string, Round[]>(builds.map((b) => [b.name, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const b of round % 2 ? [...builds].reverse() : builds) {
      const r = await importOnce(join(b.dir, '.output/chrome-mv3'), file);
      results.get(b.name)!.push(r);
      console.log(`  ${b.name} round ${round + 1}: longest task ${r.wallLongest} ms wall, ${r.cpuLongest} ms CPU, machine stretch ${r.stretch.toFixed(1)}×, ${r.tasksOver50} tasks over 50 ms; page load ${r.loadLongest} ms; preview ${r.previewMs} ms, stored ${r.storedMs} ms`);
    }
  }
} finally {
  rmSync(fileDir, { recursive: true, force: true });
}

let missed = false;
console.log(`\nOptions page, ${COUNT.toLocaleString('en')}-structure import (file chosen → preview → confirmed → stored → sources table + ${SETTLE_MS / 1000} s), median [min–max] of ${ROUNDS}:`);
for (const b of builds) {
  const rounds = results.get(b.name)!;
  const wall = rounds.map((r) => r.wallLongest);
  const cpu = rounds.map((r) => r.cpuLongest);
  const stretch = rounds.map((r) => r.stretch);
  const calibrated = rounds.map((r) => r.wallLongest / r.stretch);
  const ok = median(cpu) <= TARGET_MS && median(calibrated) <= TARGET_MS;
  if (b.dir === ROOT) missed = !ok;
  console.log(
    `  ${b.name}: longest task ${spread(wall)} ms wall, ${spread(cpu)} ms CPU; machine stretch ${spread(stretch, 1)}×, wall ÷ stretch ${spread(calibrated)} ms; ` +
      `tasks over 50 ms ${spread(rounds.map((r) => r.tasksOver50))}; page's own load, longest task once its HTML arrived (not the import) ${spread(rounds.map((r) => r.loadLongest))} ms; ` +
      `preview ${spread(rounds.map((r) => r.previewMs))} ms, stored ${spread(rounds.map((r) => r.storedMs))} ms` +
      (b.dir === ROOT ? ` — target longest task ≤ ${TARGET_MS} ms (CPU, and wall ÷ stretch): ${ok ? 'OK' : 'MISSED'}` : ''),
  );
}
process.exit(missed ? 1 : 0);
