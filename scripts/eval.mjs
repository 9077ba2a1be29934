#!/usr/bin/env node
// `npm run eval`: precision, recall and F1 of needs detection per category on the labelled case
// notes (tests/fixtures/case-notes.ts; pass --misses to list the notes it gets wrong), then on the
// labelled case-management pages (scripts/eval-pages.ts), then the search relevance figures
// (top-1 / top-5 over scripts/bench/relevance-set.ts), then the reference's (top-1 over
// scripts/bench/reference-relevance-set.ts).
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const needs = spawnSync('npx', ['tsx', 'scripts/eval-needs.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
console.log('\n▶ case pages (readPageNeeds)');
const pages = spawnSync('npx', ['tsx', 'scripts/eval-pages.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
console.log('\n▶ search relevance');
const search = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/run-bench.ts', '--relevance-only'], { cwd: root, stdio: 'inherit' });
console.log('\n▶ « Qui porte quoi ? » relevance');
const reference = spawnSync('npx', ['tsx', 'scripts/eval-reference.ts'], { cwd: root, stdio: 'inherit' });
process.exit(needs.status === 0 && pages.status === 0 && search.status === 0 && reference.status === 0 ? 0 : 1);
