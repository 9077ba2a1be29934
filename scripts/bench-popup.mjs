#!/usr/bin/env node
// Popup-open benchmark (issue 20): first-load bytes, first row, focused box and long tasks at
// 10,000 partners, keystrokes and the search worker's heap at 100,000, Firefox's popup ready —
// each as a ratio to an empty extension page in the same run. `--base <git ref>` measures that
// build too, alternated with this one (`npm run bench -- --base main`). See scripts/bench/popup-open.ts.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', 'scripts/bench/popup-open.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
