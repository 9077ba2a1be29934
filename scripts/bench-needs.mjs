#!/usr/bin/env node
// Needs-detection benchmark (TypeScript run through tsx); called by scripts/bench.mjs.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync('npx', ['tsx', 'scripts/bench-needs.ts'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
