#!/usr/bin/env node
// `npm test`: every check a change must pass, in order, ending with one line
// "N passed, N failed" that sums every suite (typecheck, unit, builds, lint, end-to-end).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkPrerequisites } from './test-prerequisites.mjs';

if (!checkPrerequisites()) process.exit(2);

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const lines = [];

/**
 * The e2e suites' pictures in light, dark and forced colours (tests/e2e/support/screenshots.ts)
 * are for a developer to look at, not checks: skipped here (about a tenth of the Chromium suite's
 * time) unless REPERE_SCREENSHOTS=1 is set.
 */
const screenshots = process.env.REPERE_SCREENSHOTS ?? '0';

function run(command, args, options = {}) {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', REPERE_SCREENSHOTS: screenshots }, ...options });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function step(name, command, args) {
  const ok = run(command, args);
  ok ? passed++ : failed++;
  lines.push(`${ok ? '✔' : '✘'} ${name}`);
  return ok;
}

/** A vitest suite: its own test counts, read from its JSON report. */
function vitestSuite(name, config) {
  const file = join(reports, `${name}.json`);
  const ok = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    failed++;
    lines.push(`✘ ${name}: no report (the suite did not run)`);
    return;
  }
  const suitePassed = report.numPassedTests;
  const suiteFailed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  passed += suitePassed;
  failed += suiteFailed;
  lines.push(`${suiteFailed === 0 ? '✔' : '✘'} ${name}: ${suitePassed} passed, ${suiteFailed} failed`);
}

/**
 * Warnings that come from libraries, known by name: zod 4 probes `Function('')` (caught under the
 * extension CSP) and Preact's DOM renderer has an innerHTML path we never use (no
 * dangerouslySetInnerHTML anywhere). Any other warning is ours and fails the step.
 */
const KNOWN_LIBRARY_WARNINGS = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);

/** web-ext lint on the Firefox build: any error, or any warning not known above, fails. */
function lintFirefox() {
  const file = join(reports, 'web-ext-lint.json');
  console.log('\n▶ web-ext lint (Firefox build)');
  const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
  } catch {
    failed++;
    lines.push('✘ web-ext lint: no report');
    console.log(result.stdout, result.stderr);
    return;
  }
  for (const e of report.errors) console.log(`  error ${e.code}: ${e.message} (${e.file ?? ''})`);
  for (const w of report.warnings) console.log(`  warning ${w.code}: ${w.message} (${w.file ?? ''})`);
  const ours = report.warnings.filter((w) => !KNOWN_LIBRARY_WARNINGS.has(w.code));
  const ok = report.errors.length === 0 && ours.length === 0;
  ok ? passed++ : failed++;
  lines.push(`${ok ? '✔' : '✘'} web-ext lint: ${report.errors.length} errors, ${ours.length} warnings of ours, ${report.warnings.length - ours.length} known library warnings`);
}

/**
 * The two builds at once, each once per `npm test` (every e2e and Firefox file loads the same
 * .output): Vite's bundling is mostly one thread, so on a 2-core machine the pair takes little
 * more than the longer one. Each build's output is printed whole when it ends.
 */
async function buildsTogether(builds) {
  const results = await Promise.all(
    builds.map(
      ([name, args]) =>
        new Promise((done) => {
          const started = Date.now();
          const child = spawn('npx', args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (code) => {
            console.log(`\n▶ npx ${args.join(' ')} (${((Date.now() - started) / 1000).toFixed(0)} s)\n${output}`);
            done([name, code === 0]);
          });
        }),
    ),
  );
  let all = true;
  for (const [name, ok] of results) {
    ok ? passed++ : failed++;
    lines.push(`${ok ? '✔' : '✘'} ${name}`);
    all &&= ok;
  }
  return all;
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
vitestSuite('unit', 'vitest.config.ts');
const built = await buildsTogether([
  ['build chrome', ['wxt', 'build']],
  ['build firefox', ['wxt', 'build', '-b', 'firefox', '--mv3']],
]);
if (built) {
  lintFirefox();
  vitestSuite('e2e', 'vitest.e2e.config.ts');
  vitestSuite('firefox', 'vitest.firefox.config.ts');
} else {
  failed++;
  lines.push('✘ e2e, Firefox and lint not run: the build failed');
}

console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
