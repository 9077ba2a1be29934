#!/usr/bin/env node
// Import benchmarks (issue 6). Target: importing 10,000 structures — parse + validate + store +
// search index — in ≤ 3 s; 100,000 without freezing the options page (longest main-thread task
// reported). Parse, validate and store are timed in the real extension (headless Chromium, file
// chosen → preview, confirm → stored, as the counsellor waits for them, timed in the page from the
// file input's change event and the click, not from the test harness); the search index build
// is timed in Node on the same partners. Node's fake IndexedDB timings are printed for reference.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const sizes = process.argv.slice(2).length ? process.argv.slice(2) : ['10000', '100000'];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  const results = [];
  for (const line of `${result.stdout}`.split('\n')) {
    if (line.startsWith('RESULT ')) results.push(JSON.parse(line.slice(7)));
    else if (line.trim()) console.log(line);
  }
  if (result.status !== 0) console.error(result.stderr);
  return { ok: result.status === 0, results };
}

const node = run('npx', ['tsx', 'scripts/bench-import-node.ts', ...sizes]);
const browser = run(process.execPath, ['scripts/bench-import-browser.mjs', ...sizes]);
let missed = !node.ok || !browser.ok;
for (const count of sizes.map(Number)) {
  const n = node.results.find((r) => r.count === count);
  const b = browser.results.find((r) => r.count === count);
  if (!n || !b) continue;
  const total = b.previewMs + b.storeMs + n.indexMs;
  const line = `import ${count.toLocaleString('en')} structures: parse+validate+store ${b.previewMs + b.storeMs} ms (Chromium) + search index ${n.indexMs} ms = ${total} ms; options page longest main-thread task ${b.longest} ms`;
  if (count === 10_000) {
    const ok = total <= 3000;
    missed ||= !ok;
    // The options page's longest task has its own benchmark and target (≤ 100 ms):
    // scripts/bench-options-import.mjs, measured there without this script's polling.
    console.log(`${line} — target ≤ 3000 ms: ${ok ? 'OK' : 'MISSED'}`);
  } else {
    console.log(line);
  }
}
process.exit(missed ? 1 : 0);
