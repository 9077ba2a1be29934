// Where a Firefox popup's time goes when its event page was suspended (issue 20): the popup's
// timeline at each opening (navigation, marks, and when the event page woke up), for one or more
// builds alternated (one Firefox each). Besides the bench's ratio to an empty page, it prints
// « after head »: popup ready minus the popup's domInteractive (its <head> script has run), the
// popup's own work, less at the mercy of a loaded machine than the empty page it is divided by.
//   npx tsx scripts/bench/firefox-cold-profile.ts [--rounds n] [--dir <build root>]… [--timeline] [--toolbar] [--awake] [--pause ms]
// --toolbar: the popup and the empty page opened as the action's popup (the counsellor's click), not in a tab.
// --awake: the event page left awake (openings in a row, the search worker holding the index).
// --pause <ms>: that pause before each popup instead (the working window keeps the event page awake).
// Each build's line is followed by its phases, so that a change's effect is seen where it acts:
// head → database open, open → index read, read → ready (restore), DCL → ready (what is left once
// the bundle has run). A popup answered by the worker has no index marks: those phases are NaN.
//
// Tried with it (toolbar, event page suspended, 10,400 partners; each a same-run comparison on a
// noisy two-core machine, medians):
// - The popup's <head> starting the search worker itself (df63864, reverted by 8bceb77; tried
//   again on e20d682): the worker's script is evaluated 90–140 ms after the head created it (its
//   load waits for the extension process's main thread, busy with the popup's bundle), then reads
//   and restores: ready 343 ms against 158 for the popup's own read (popup-open: 297 vs 161).
// - The display columns (ids, networks, phones, hours, dates: 25 % of the bytes) in a second row,
//   read after the first: open → read 32–37 ms against 51–64, but ready → head gained in one run
//   and lost in the other (70 vs 92, 82 vs 78 ms), the restore then competing with the bundle;
//   the first typed answer came no sooner (167 vs 170, 176 vs 142 ms after head: it waits for
//   the second row).
// - The early read answering at its last request's success instead of the transaction's
//   complete event: open → read 42 vs 69 ms, head → ready 97 vs 106, but popup-open's ready
//   not better (146 vs 128 ms).
// - The rows' reasons (need lexicon, taxonomy) off the popup's first load (05dd82f, kept for
//   Chrome: first load 121 -> 70 KiB, first row 133 vs 110 and 131 vs 120 ms in popup-open
//   --only-open): the bundle runs sooner (domInteractive -> DCL 20 vs 26 ms, medians) but ready
//   follows the read, not the bundle: base vs it, two runs of 7, ready 127 [79–163] vs
//   107 [75–165] and 107 [83–197] vs 129 [91–247] ms, after head 73 vs 68 and 73 vs 73 ms;
//   popup-open --only-firefox (7 opens): toolbar 122 [98–185] vs 159 [88–204] ms, tab with the
//   event page suspended 139 [123–205] vs 156 [122–188] ms: within the noise either way.
// - A copy of the stored index in storage.session (memory, kept while the event page is
//   suspended; the background wrote it after each refresh), read by the <head> with IndexedDB's
//   few small rows that say whether it is current, and restored as soon as it arrived. Firefox
//   keeps its typed arrays (structured clone); in a tab, storage.session.get took 15–28 ms
//   against 17–25 for the IndexedDB read. Toolbar, against the build without it (the rows'
//   reasons already lazy, 05dd82f), two runs of 7: open → read 30 [17–75] vs 55 [34–123] and
//   26 [20–38] vs 47 [40–135] ms, but the IndexedDB open for the small rows then came later
//   (head → open 9–14 vs 4–10) and the restore met the bundle: ready 119 [77–165] vs
//   114 [97–219] and 107 [72–136] vs 113 [87–212] ms, after head 75 vs 79 and 56 vs 66 ms.
//   Not kept: no win on ready for a second 2 MB copy sharing the session quota.
// - The read's time against its bytes (an extension tab, 12 reads each, medians; not kept): 1 KB
//   2 ms, 256 KB 12, 900 KB 16, 1.1 MB 22, the index's 2.2 MB 40 as one ArrayBuffer, 40 as the
//   stored row, 38 as a Blob read with arrayBuffer(): ~18 ms per MB whatever the form. Half the
//   bytes are the display columns (ids, names, phones, communes, dates), which an answer needs.
// - The toolbar's empty page (7 December, in a row / after a 35 s pause, DCL medians): 22 / 29 ms;
//   the same page with a one-line classic script 24 / 36; with the popup's 7 KB <head> script
//   alone, interactive at 26 ms in a row; the popup itself interactive at 41 / 59 ms, its bundle
//   done (DCL) at 72 / 91. The 17 modulepreloads Vite wrote beside the <head> script made it wait:
//   scripts/head-first.mjs (kept) has the <head> script ask for them once it runs. Same run,
//   --toolbar, 7–11 opens: suspended, ready 172 vs 210 ms and 152 vs 174 ms (after head unchanged:
//   it starts sooner); awake 56 vs 68 ms. popup-open's run that day showed no gain (toolbar
//   suspended 263 [151–347] vs 172 [148–386] ms, within its spread).
// - An event page kept awake (lib/search/keep-warm.ts, kept: the counsellor's popup a minute later
//   answers from memory): toolbar after a 40 s pause 110 [60–131] against 150 [131–171] ms; in a
//   row 63 ms against an empty page of 17–20 ms, 3.3×: even from memory the toolbar popup is over
//   2.5× a page with no script (its bundle alone takes ~35 ms after the <head> script).
// Once the read is shorter, ready is bounded by the bundle's evaluation and the restore after it.
// Before the <head>'s script even runs, the toolbar popup's domInteractive (26–89 ms) is already
// one to three times the empty page's whole load (12–67 ms in these runs). With marks at the
// head script's start and end (one run of 3, not kept): it starts 30–40 ms after the popup's
// navigation (the empty page's whole load was 13–35 ms), runs 2–3 ms, then open 2–8 ms, read
// 34–39 ms, restore 9–17 ms: ready ≤ 2.5× the empty page leaves the head ~25–35 ms for what
// takes ~55 today.
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { categoriesOfPartner } from '../../lib/directory';
import { putPartnerBatch, storeDirectoryInBatches } from '../../tests/support/in-page-db';
import { launchFirefox, waitForFirefoxStarter } from '../../tests/firefox/support/firefox';
import { relevanceDirectory } from './relevance-set';
import { eventPageSuspended } from './firefox-popup';

declare const browser: typeof import('wxt/browser').browser;
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ROUNDS = Number(option('--rounds') ?? 3);
const TOOLBAR = args.includes('--toolbar');
const AWAKE = args.includes('--awake');
const PAUSE_MS = Number(option('--pause') ?? 0);
const DIRS = args.flatMap((arg, i) => (args[i - 1] === '--dir' ? [resolve(arg)] : []));
if (DIRS.length === 0) DIRS.push(resolve(import.meta.dirname, '../..'));
const ROWS = relevanceDirectory(10_400).map((p) => ({ ...p, origin: 'scale', categories: categoriesOfPartner(p) }));
type Row = [number, string];

async function open(dir: string) {
  const extensionDir = join(dir, '.output/firefox-mv3');
  writeFileSync(join(extensionDir, 'bench-empty.html'), '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>vide</title></head><body></body></html>\n');
  const session = await launchFirefox({ extensionDir, prefs: { 'extensions.openPopupWithoutUserGesture.enabled': true } });
  await waitForFirefoxStarter(session);
  const options = await session.openPage('options.html');
  await storeDirectoryInBatches(ROWS, (batch) => options.evaluate(putPartnerBatch, batch));
  await options.close();
  const watcher = await session.openPage('bench-empty.html');
  // In a tab (a tab event wakes the event page), or with --toolbar as the action's popup
  // (action.openPopup from the watcher page, as the counsellor's click: no tab event).
  const timeline = async (path: string): Promise<Row[]> => {
    const page = TOOLBAR ? watcher : await session.openPage(path);
    const out = await page.evaluate(async (toolbarPath: string | null) => {
      let w = window as Window & typeof globalThis;
      if (toolbarPath) {
        await browser.action.setPopup({ popup: toolbarPath });
        await browser.action.openPopup();
        for (let i = 0; i < 600 && !browser.extension.getViews({ type: 'popup' })[0]; i++) await new Promise((r) => setTimeout(r, 5));
        w = browser.extension.getViews({ type: 'popup' })[0] as Window & typeof globalThis;
        for (let i = 0; i < 600 && w.document.readyState !== 'complete'; i++) await new Promise((r) => setTimeout(r, 5));
      }
      const { performance, document } = w;
      for (let i = 0; i < 600 && !performance.getEntriesByName('repere:search-index-ready').length && w.location.pathname.includes('popup'); i++) await new Promise((r) => setTimeout(r, 10));
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const rows: [number, string][] = [
        [nav.domInteractive, 'nav domInteractive'],
        [nav.domContentLoadedEventEnd, 'nav DCL end'],
      ];
      for (const e of performance.getEntriesByType('mark')) rows.push([e.startTime, `mark ${e.name} ${String((e as PerformanceMark).detail ?? '')}`]);
      const bg = browser.extension.getBackgroundPage() as unknown as Window | null;
      if (bg) {
        const shift = bg.performance.timeOrigin - performance.timeOrigin;
        const bnav = bg.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        rows.push([shift, 'event page timeOrigin']);
        if (bnav) rows.push([shift + bnav.domContentLoadedEventEnd, 'event page DCL end']);
      }
      // What the popup answers first for a typed query, and from which index: checked, not timed.
      if (w.location.pathname.includes('popup')) {
        const input = document.querySelector<HTMLInputElement>('#search-input');
        if (input) {
          input.value = 'mision locale lunel';
          input.dispatchEvent(new w.Event('input', { bubbles: true }));
          for (let i = 0; i < 400 && document.querySelector('[role="listbox"]')?.getAttribute('data-query') !== input.value; i++) await new Promise((r) => setTimeout(r, 10));
          rows.push([performance.now(), `answer « ${document.querySelector('[role="option"] .result__name')?.textContent ?? ''} »`]);
        }
      }
      if (toolbarPath) {
        w.close();
        await browser.action.setPopup({ popup: 'popup.html' });
      }
      return rows.sort((a, b) => a[0] - b[0]);
    }, TOOLBAR ? path : null);
    if (page !== watcher) await page.close();
    return out;
  };
  // Until a popup answers from the index the event page rebuilt.
  for (let i = 0; i < 300; i++) {
    if ((await timeline('popup.html')).some(([, n]) => n.startsWith('mark repere:search-index-ready'))) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const suspended = () => eventPageSuspended(watcher);
  return { session, timeline, suspended };
}

const at = (rows: Row[], prefix: string) => rows.find(([, n]) => n.startsWith(prefix))?.[0] ?? NaN;
const PHASES = ['head → open', 'open → read', 'read → ready', 'DCL → ready'] as const;
/** The popup's phases in ms, in PHASES' order (NaN where a mark is missing). */
const phasesOf = (rows: Row[]) => {
  const [head, dcl, opened, read, ready] = ['nav domInteractive', 'nav DCL end', 'mark repere:index-open', 'mark repere:index-read', 'mark repere:search-index-ready'].map((name) => at(rows, name));
  return [opened - head, read - opened, ready - read, ready - dcl];
};
const builds = [];
for (const dir of DIRS) builds.push({ dir, ...(await open(dir)), samples: [] as { empty: number; ready: number; afterHead: number }[], phases: [] as number[][], answeredBy: [] as string[] });
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [...builds].reverse() : builds;
  const empties = new Map<string, number>();
  for (const b of order) empties.set(b.dir, at(await b.timeline('bench-empty.html'), 'nav DCL end'));
  if (PAUSE_MS) await new Promise((r) => setTimeout(r, PAUSE_MS));
  else if (!AWAKE) await Promise.all(builds.map((b) => b.suspended()));
  for (const b of order) {
    const rows = await b.timeline('popup.html');
    const ready = at(rows, 'mark repere:search-index-ready');
    b.samples.push({ empty: empties.get(b.dir)!, ready, afterHead: ready - at(rows, 'nav domInteractive') });
    b.phases.push(phasesOf(rows));
    const answer = rows.find(([, n]) => n.startsWith('answer'))?.[1];
    const by = rows.find(([, n]) => n.startsWith('mark repere:search-index-ready'))?.[1].split(' ').pop();
    if (answer !== 'answer « Mission Locale Petite Camargue »') console.log(`${b.dir}, round ${round}: unexpected ${answer} (answered by ${by})`);
    b.answeredBy.push(by ?? 'none');
    if (args.includes('--timeline')) {
      console.log(`\n${b.dir}, round ${round}: empty page ${empties.get(b.dir)} ms`);
      for (const [t, name] of rows) console.log(`  ${t.toFixed(1).padStart(7)}  ${name}`);
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;
for (const b of builds) {
  const s = b.samples;
  console.log(`${b.dir}: ready ${range(s.map((x) => x.ready))} ms = ${range(s.map((x) => x.ready / x.empty), 2)}× the empty page (${range(s.map((x) => x.empty))} ms); after head ${range(s.map((x) => x.afterHead))} ms; answered by ${b.answeredBy.join(' ')}`);
  console.log(`  phases: ${PHASES.map((name, i) => `${name} ${range(b.phases.map((p) => p[i]))}`).join(' · ')} ms`);
}
for (const b of builds) await b.session.close();
process.exit(0);
