#!/usr/bin/env node
// Search benchmark (issue 3): speed at 1k/10k/100k structures against plain Fuse.js, and relevance.
// Runs the TypeScript through tsx, with --expose-gc for the memory figures. `--quick`: 1k and 10k only.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', 'scripts/bench/run-bench.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
