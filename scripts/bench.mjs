#!/usr/bin/env node
// `npm run bench`: every performance target, with numbers printed. Each benchmark is a script;
// the run fails if any misses its target.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const BENCHMARKS = ['scripts/bench-needs.mjs', 'scripts/bench-page-needs.mjs', 'scripts/bench-import.mjs', 'scripts/bench-search.mjs', 'scripts/bench-popup.mjs', 'scripts/bench-options-import.mjs'];
// `npm run bench -- --base main`: the popup-open and options-import benches also measure that
// build, in the same run.
const BASE_ARGS = process.argv.slice(2);
const TAKES_BASE = new Set(['scripts/bench-popup.mjs', 'scripts/bench-options-import.mjs']);

let failed = 0;
for (const script of BENCHMARKS) {
  console.log(`\n▶ ${script}`);
  const result = spawnSync(process.execPath, [script, ...(TAKES_BASE.has(script) ? BASE_ARGS : [])], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
console.log(`\n${BENCHMARKS.length - failed} benchmarks met their target, ${failed} missed`);
process.exit(failed === 0 ? 0 : 1);
