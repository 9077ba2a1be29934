#!/usr/bin/env node
// Options-page import benchmark (issue 20, item 5): the longest main-thread task while a
// 10,000-structure file is previewed, confirmed, written and shown in the sources table, with the
// machine's stretch as calibration. `--base <git ref>` measures that build too, alternated with
// this one (`npm run bench -- --base main`). See scripts/bench/options-import.ts.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/options-import.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
