// Popup-open benchmark (issue 20), in real Chromium and Firefox ESR, each number a ratio to an
// empty extension page (Chromium: search-host.html, no interface, a few lines of script; Firefox:
// bench-empty.html, an HTML page with nothing in it) opened the same way in the same browser, in
// the same run. With `--base <git ref>` the previous build is built
// into a temporary copy and measured in the same run, its opens alternated with this build's.
//
//   first-load bytes   JavaScript the popup's HTML loads before its first render (script, classic
//                      script, modulepreload), read from the build          target ≤ 250 KiB
//   Chromium, 10,400 partners: first result row (query typed at once) ÷ empty page
//                      target ≤ 2×; time to a focused search box ÷ empty page (printed);
//                      longest main-thread task from opening to 1 s after the first row  ≤ 50 ms
//   Chromium, 100,000 partners: keystroke from the input event to the rows of that query in the
//                      DOM (Fuse's reference search running too)   target p50 ≤ 8 ms, p95 ≤ 16 ms;
//                      heap of the search worker holding the index in memory          ≤ 50 MB
//   Firefox ESR, 10,400 partners: popup ready (the search can answer: the page's
//                      `repere:search-index-ready` mark) ÷ an empty page (bench-empty.html, written
//                      into the build), event page awake                        target ≤ 2.5×;
//                      the same with the event page suspended before each open target ≤ 2.5×
//
// Options: --base <ref> · --rounds <n> (opens per build, default 11) · --skip-firefox ·
// --skip-keys · --only-firefox (the Firefox part alone) · --only-open (Chromium's opens at 10,400 only) ·
// --key-rounds <n> (typing passes per build at 100,000, alternated, default 1) · --keys-profile <dir>
// (the profile holding the 100,000 partners, stored there once when absent; default in the temporary folder) ·
// --trace (one more open per build, and one more typing pass at 100,000, traced: where the popup's
// main thread spent its time, scripts/bench/popup-trace.ts) · --keys-only (the 100,000-partner keystrokes and worker heap
// only) · --no-build (use the builds already in .output).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { categoriesOfPartner } from '../../lib/directory';
import { putPartnerBatch, storeDirectoryInBatches, waitForStoredSources } from '../../tests/support/in-page-db';
import { launchFirefox, waitForFirefoxStarter } from '../../tests/firefox/support/firefox';
import { relevanceDirectory } from './relevance-set';
import { printTrace, traceWhile } from './popup-trace';
import { baseBuild, buildExtension, type Build, type Target } from './builds';
import { copySeededProfile, installForKeys } from './seeded-profile';

// The extension page's own `browser` global, inside page.evaluate (auto-imports are off: wxt.config.ts).
declare const browser: typeof import('wxt/browser').browser;

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ROUNDS = Number(option('--rounds') ?? 11);
const BASE_REF = option('--base');
const ONLY_FIREFOX = args.includes('--only-firefox');
const ONLY_OPEN = args.includes('--only-open');
const TRACE = args.includes('--trace');
const KEYS_ONLY = args.includes('--keys-only');

const TARGETS = { bytesKiB: 250, firstRowRatio: 2, longTaskMs: 50, keyP50: 8, keyP95: 16, firefoxReadyRatio: 2.5, workerHeapMB: 50 };

const TARGET_BUILDS: Target[] = ONLY_FIREFOX ? ['firefox'] : ['chrome', 'firefox'];

/** Bytes of JavaScript the popup loads before its first render: what its HTML names, and what those chunks import statically. */
function firstLoadBytes(extension: string): { bytes: number; files: number } {
  const html = readFileSync(join(extension, 'popup.html'), 'utf8');
  const named = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set<string>();
  const queue = [...named];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(extension, file), 'utf8');
    // Static imports only (`import("…")` is loaded later, on demand).
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const target = join(file, '..', m[1]).replace(/\\/g, '/');
      queue.push(target);
    }
  }
  let bytes = 0;
  for (const file of seen) bytes += statSync(join(extension, file)).size;
  return { bytes, files: seen.size };
}

// ---------- statistics ----------

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const spread = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} [${quantile(xs, 0.1).toFixed(digits)}–${quantile(xs, 0.9).toFixed(digits)}]`;

// ---------- Chromium ----------

/** tsx (esbuild's keepNames) wraps named inner functions in `__name(…)`: defined where such functions run. */
const NAME_HELPER = 'globalThis.__name ??= (f) => f';

const ROWS_10K = relevanceDirectory(10_400).map((p) => ({ ...p, origin: 'scale', categories: categoriesOfPartner(p) }));

interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profile: string;
  errors: string[];
}

async function launchChromium(extension: string, extraArgs: string[] = [], profile = mkdtempSync(join(tmpdir(), 'repere-bench-popup-'))): Promise<ChromiumSession> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'fr-FR',
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=fr-FR',
      ...extraArgs,
    ],
  });
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

async function closeChromium(session: ChromiumSession): Promise<void> {
  await session.context.close();
  rmSync(session.profile, { recursive: true, force: true });
}

/** Stores `rows` and waits until the background has indexed them and a popup answers from the new index. */
async function storeAndIndex(session: ChromiumSession, rows: readonly unknown[], probe: [string, string]): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.id}/popup.html`);
  await storeDirectoryInBatches(rows, (batch) => page.evaluate(putPartnerBatch, batch));
  await page.close();
  await waitIndexed(session, rows.length, probe);
}

/** Waits until the stored index is that of the stored directory and a popup answers `probe[0]` with `probe[1]` first. */
async function waitIndexed(session: ChromiumSession, count: number, probe: [string, string]): Promise<void> {
  const deadline = Date.now() + 3_600_000;
  for (;;) {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.id}/popup.html#type=${encodeURIComponent(probe[0])}`);
    const first = await popup
      .locator('[role="option"] .result__name')
      .first()
      .textContent({ timeout: 60_000 })
      .catch(() => '');
    const indexed = await session.worker.evaluate(async () => {
      const open = indexedDB.open('repere');
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const read = <T,>(store: string, key: string) =>
        new Promise<T>((ok) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => ok(request.result as T);
        });
      const [version, stored] = await Promise.all([read<{ value: number } | undefined>('meta', 'directoryVersion'), read<{ directoryVersion: number } | undefined>('searchIndex', 'directory')]);
      db.close();
      return Boolean(stored && stored.directoryVersion === version?.value);
    });
    await popup.close();
    if (indexed && first === probe[1]) return;
    if (Date.now() > deadline) throw new Error(`the index of ${count} partners was never ready`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const OPEN_QUERIES = ['mision locale lunel', 'pole emploi sete', 'karim hadad', 'secour populaire venissieux'];

interface OpenSample {
  emptyLoaded: number;
  firstRow: number;
  box: number;
  longest: number;
}

async function emptyPageLoaded(context: BrowserContext, id: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/search-host.html`);
  const loaded = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  await page.close();
  return loaded;
}

async function openOnce(session: ChromiumSession, round: number): Promise<OpenSample> {
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

const TYPED_PHRASES = ['mission locale montpellier', 'france travail sete', 'ccas beziers', 'secours populaire', 'plie', 'logement urgence', 'epicerie solidaire', 'qui porte le plie'];

/**
 * Keystrokes at 100,000 partners: from the input event to the rows of that query in the DOM.
 * The 8 keys of « qui porte le plie » are never counted: their list answers « plie » (the
 * question's words), which the check on `data-query` does not take for the typed text.
 */
async function keystrokes(session: ChromiumSession, words = TYPED_PHRASES): Promise<number[]> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.id}/popup.html`);
  await popup.locator('#search-input').waitFor();
  // The first results shown and the idle-time loads done: the counsellor's second and later keys.
  await popup.waitForTimeout(2500);
  const times: number[] = [];
  for (const phrase of words) {
    const samples = await popup.evaluate(async (phrase) => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      const out: number[] = [];
      const clear = async () => {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 100));
      };
      await clear();
      for (let i = 1; i <= phrase.length; i++) {
        const value = phrase.slice(0, i);
        if (value.endsWith(' ')) continue;
        const took = await new Promise<number>((done) => {
          let start = 0;
          const answered = () => {
            const list = document.querySelector('[role="listbox"]');
            return (list?.getAttribute('data-query') === value && list.querySelector('[role="option"]')) || document.querySelector('.empty[role="status"]')?.textContent?.includes(value.trim());
          };
          const observer = new MutationObserver(() => {
            if (!answered()) return;
            observer.disconnect();
            clearTimeout(timer);
            done(performance.now() - start);
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            done(NaN);
          }, 3000);
          observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
          start = performance.now();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        out.push(took);
        // A counsellor types about 5 keys a second: the next key comes after this one's work.
        await new Promise((r) => setTimeout(r, 60));
      }
      return out;
    }, phrase);
    times.push(...samples);
  }
  await popup.close();
  return times;
}

/**
 * The JavaScript heap of the search worker, the SharedWorker that holds the index in memory,
 * after a garbage collection: read over the DevTools protocol with puppeteer-core, connected to
 * the same browser (Playwright's sessions cannot reach a shared worker).
 */
async function searchWorkerHeapMB(port: number): Promise<number> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const target = browser.targets().find((t) => t.type() === 'shared_worker' && t.url().includes('search-worker'));
    if (!target) return NaN;
    const cdp = await target.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize / 1024 / 1024;
  } finally {
    await browser.disconnect();
  }
}

// ---------- Firefox ----------

interface FirefoxSample {
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
 * One Firefox per build (the event page's idle timeout is Firefox's default, 30 s). Warm opens:
 * the event page stays awake between them (each opening is an event for it). Cold opens: after
 * `suspended()`, Firefox has suspended the event page and the search worker it keeps with it —
 * the opening after a pause of the counsellor.
 */
async function firefoxSession(b: Build) {
  const extensionDir = join(b.dir, '.output/firefox-mv3');
  writeFileSync(join(extensionDir, FIREFOX_EMPTY_PAGE), '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>vide</title></head><body></body></html>\n');
  const session = await launchFirefox({ extensionDir });
  await waitForFirefoxStarter(session);
  const page = await session.openPage('options.html');
  await storeDirectoryInBatches(ROWS_10K, (batch) => page.evaluate(putPartnerBatch, batch));
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
  async function suspended(): Promise<void> {
    for (let i = 0; i < 1200; i++) {
      const awake = await watcher.evaluate(async () => (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND' as never] })).length > 0);
      if (!awake) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Firefox never suspended the event page');
  }
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
  return { session, openEmpty, openPopup, suspended };
}

// ---------- run ----------

async function main() {
  if (!args.includes('--no-build')) buildExtension(ROOT, TARGET_BUILDS);
  const builds: Build[] = [{ name: 'this build', dir: ROOT }];
  if (BASE_REF) builds.unshift(baseBuild(ROOT, BASE_REF, TARGET_BUILDS));
  let missed = 0;
  const verdict = (ok: boolean) => {
    if (!ok) missed++;
    return ok ? 'OK' : 'MISSED';
  };

  if (!ONLY_FIREFOX) {
    if (!KEYS_ONLY) {
      console.log('\nFirst load (JavaScript before the popup’s first render, from popup.html and its static imports):');
      for (const b of builds) {
        const { bytes, files } = firstLoadBytes(join(b.dir, '.output/chrome-mv3'));
        const kib = bytes / 1024;
        const line = `  ${b.name}: ${kib.toFixed(1)} KiB in ${files} files`;
        console.log(b.dir === ROOT ? `${line} — target ≤ ${TARGETS.bytesKiB} KiB: ${verdict(kib <= TARGETS.bytesKiB)}` : line);
      }

      const ratio = (xs: OpenSample[], pick: (x: OpenSample) => number) => xs.map((x) => pick(x) / x.emptyLoaded);

      // Chromium, 10,400 partners: one browser per build, opens alternated round by round.
      console.log(`\nChromium, ${ROWS_10K.length.toLocaleString('en')} partners, ${ROUNDS} opens per build, alternated (median [p10–p90]):`);
      const sessions: ChromiumSession[] = [];
      const ports: number[] = [];
      for (const b of builds) {
        const port = 9300 + Math.floor(Math.random() * 500);
        ports.push(port);
        const session = await launchChromium(join(b.dir, '.output/chrome-mv3'), TRACE ? [`--remote-debugging-port=${port}`] : []);
        sessions.push(session);
        await storeAndIndex(session, ROWS_10K, ['mision locale lunel', 'Mission Locale Petite Camargue']);
      }
      const opens: OpenSample[][] = builds.map(() => []);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? [...sessions.keys()].reverse() : [...sessions.keys()];
        for (const i of order) opens[i].push(await openOnce(sessions[i], round));
      }
      for (const [i, b] of builds.entries()) {
        const xs = opens[i];
        const first = ratio(xs, (x) => x.firstRow);
        const box = ratio(xs, (x) => x.box);
        const longest = xs.map((x) => x.longest);
        const over = longest.filter((t) => t > TARGETS.longTaskMs).length;
        console.log(
          `  ${b.name}: first row ${spread(xs.map((x) => x.firstRow))} ms = ${spread(first, 2)}× the empty page (${spread(xs.map((x) => x.emptyLoaded))} ms); ` +
            `search box focused ${spread(xs.map((x) => x.box))} ms = ${spread(box, 2)}×; longest task on open ${spread(longest)} ms (max ${Math.max(...longest)}, ${over}/${xs.length} opens over ${TARGETS.longTaskMs} ms)`,
        );
        if (b.dir === ROOT) {
          console.log(`    target first row ≤ ${TARGETS.firstRowRatio}× the empty page: ${verdict(median(first) <= TARGETS.firstRowRatio)}`);
          console.log(`    target no task over ${TARGETS.longTaskMs} ms on open (median open): ${verdict(median(longest) <= TARGETS.longTaskMs)}`);
        }
      }
      if (TRACE) {
        for (const [i, b] of builds.entries()) {
          const events = await traceWhile(ports[i], async () => void (await openOnce(sessions[i], 0)));
          printTrace(events, b.name);
        }
      }
      for (const session of sessions) {
        if (session.errors.length) console.log(`  page errors: ${session.errors.slice(0, 3).join(' | ')}`);
        await closeChromium(session);
      }
    }

    if (!args.includes('--skip-keys') && !ONLY_OPEN) {
      const rows100k = relevanceDirectory(100_000).map((p) => ({ ...p, origin: 'scale', categories: categoriesOfPartner(p) }));
      const probe: [string, string] = ['mision locale lunel', 'Mission Locale Petite Camargue'];
      // Stored and indexed once, in a profile every build then runs a copy of (seeded-profile.ts).
      const template = resolve(option('--keys-profile') ?? join(tmpdir(), 'repere-bench-keys-seeded'));
      if (!existsSync(join(template, 'Default'))) {
        const started = Date.now();
        // Stored beside, then renamed: a seeding cut short is never taken for a seeded profile.
        const partial = `${template}.partial`;
        rmSync(partial, { recursive: true, force: true });
        mkdirSync(partial, { recursive: true });
        const seeding = await launchChromium(installForKeys(builds[0].dir), [], partial);
        await storeAndIndex(seeding, rows100k, probe);
        await seeding.context.close();
        renameSync(partial, template);
        console.log(`  (100,000 partners stored and indexed once, in ${((Date.now() - started) / 60_000).toFixed(1)} min: ${template})`);
      }
      const keyRounds = Number(option('--key-rounds') ?? 1);
      console.log(
        `\nChromium, ${rows100k.length.toLocaleString('en')} partners: keystroke, input event → rows of that query in the DOM (reference search included), ` +
          `${keyRounds} typing pass(es) per build, alternated:`,
      );
      const times: number[][] = builds.map(() => []);
      const heaps: number[][] = builds.map(() => []);
      for (let round = 0; round < keyRounds; round++) {
        const order = round % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
        for (const i of order) {
          const port = 9300 + Math.floor(Math.random() * 500);
          const session = await launchChromium(installForKeys(builds[i].dir), [`--remote-debugging-port=${port}`], copySeededProfile(template));
          try {
            await waitIndexed(session, rows100k.length, probe);
            times[i].push(...(await keystrokes(session)));
            // --trace: one more typing pass, traced (the popup's main thread; the worker ranks on its own).
            if (TRACE) printTrace(await traceWhile(port, async () => void (await keystrokes(session, TYPED_PHRASES.slice(0, 2)))), `${builds[i].name}, typing`);
            heaps[i].push(await searchWorkerHeapMB(port).catch(() => NaN));
          } finally {
            await closeChromium(session);
          }
        }
      }
      for (const [i, b] of builds.entries()) {
        const ok = times[i].filter((x) => Number.isFinite(x));
        const heap = Math.max(...heaps[i]);
        const p50 = quantile(ok, 0.5);
        const p95 = quantile(ok, 0.95);
        console.log(
          `  ${b.name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...ok).toFixed(1)} ms over ${ok.length} keys (${times[i].length - ok.length} unanswered); ` +
            `search worker heap (index in memory) ${heap.toFixed(1)} MB`,
        );
        if (keyRounds > 1) {
          const perPass = Array.from({ length: keyRounds }, (_, r) => ok.slice((r * ok.length) / keyRounds, ((r + 1) * ok.length) / keyRounds));
          console.log(`    per pass p50 ${perPass.map((xs) => quantile(xs, 0.5).toFixed(1)).join(' / ')} ms, p95 ${perPass.map((xs) => quantile(xs, 0.95).toFixed(1)).join(' / ')} ms`);
        }
        if (b.dir === ROOT) {
          console.log(`    target p50 ≤ ${TARGETS.keyP50} ms: ${verdict(p50 <= TARGETS.keyP50)}; p95 ≤ ${TARGETS.keyP95} ms: ${verdict(p95 <= TARGETS.keyP95)}; search worker heap ≤ ${TARGETS.workerHeapMB} MB: ${verdict(heap <= TARGETS.workerHeapMB)}`);
        }
      }
    }
  }

  if (!args.includes('--skip-firefox') && !ONLY_OPEN && !KEYS_ONLY) {
    const firefox = [];
    for (const b of builds) firefox.push(await firefoxSession(b));
    for (const cold of [false, true]) {
      console.log(
        `\nFirefox ESR, ${ROWS_10K.length.toLocaleString('en')} partners, ${ROUNDS} opens per build, alternated: popup ready (its search can answer) ÷ an empty extension page, ` +
          (cold ? 'event page suspended before each open (Firefox’s 30 s idle timeout): the opening after a pause' : 'event page awake (openings in a row)'),
      );
      const samples: FirefoxSample[][] = builds.map(() => []);
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? [...firefox.keys()].reverse() : [...firefox.keys()];
        if (!cold) {
          for (const i of order) samples[i].push({ emptyLoaded: await firefox[i].openEmpty(), ...(await firefox[i].openPopup()) });
          continue;
        }
        // The empty pages first (an opening is a tab event that wakes the event page), then every
        // build's event page asleep at once (each in its own browser), then one popup each.
        const empties = new Map<number, number>();
        for (const i of order) empties.set(i, await firefox[i].openEmpty());
        await Promise.all(firefox.map((f) => f.suspended()));
        for (const i of order) samples[i].push({ emptyLoaded: empties.get(i)!, ...(await firefox[i].openPopup()) });
      }
      for (const [i, b] of builds.entries()) {
        const xs = samples[i];
        const r = xs.map((x) => x.ready / x.emptyLoaded);
        const counts = new Map<string, number>();
        for (const x of xs) counts.set(x.answeredBy, (counts.get(x.answeredBy) ?? 0) + 1);
        const answered = [...counts].map(([who, n]) => `${who} ${n}`).join(', ');
        console.log(`  ${b.name}: ready ${spread(xs.map((x) => x.ready))} ms = ${spread(r, 2)}× the empty page (${spread(xs.map((x) => x.emptyLoaded))} ms); answered by ${answered}`);
        // The same target for both openings: the one after a pause is the counsellor's first of the morning.
        if (b.dir === ROOT) console.log(`    target ≤ ${TARGETS.firefoxReadyRatio}×: ${verdict(median(r) <= TARGETS.firefoxReadyRatio)}`);
      }
    }
    for (const { session } of firefox) await session.close();
  }

  console.log(`\npopup-open bench: ${missed ? `${missed} target(s) missed` : 'every target met'}`);
  process.exit(missed ? 1 : 0);
}

await main();
