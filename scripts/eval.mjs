#!/usr/bin/env node
// `npm run eval`: precision, recall and F1 of needs detection per category on the labelled case
// notes (tests/fixtures/case-notes.ts). Pass --misses to list the notes it gets wrong.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync('npx', ['tsx', 'scripts/eval-needs.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
