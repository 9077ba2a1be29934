#!/usr/bin/env node
// `npm run zip` ends here: the Chrome archive holds only what the extension uses, and the Firefox
// archive passes `web-ext lint` (AMO's linter) with no error. Exits non-zero otherwise.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readZip, unneededFiles } from './package-files.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.output');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const zips = readdirSync(out);
const chrome = `repere-${version}-chrome.zip`;
const firefox = `repere-${version}-firefox.zip`;
const sources = `repere-${version}-sources.zip`;
let failed = false;
for (const name of [chrome, firefox, sources]) {
  if (!zips.includes(name)) {
    console.error(`Archive manquante / missing archive: .output/${name}`);
    failed = true;
  }
}
if (failed) process.exit(1);

const chromeEntries = readZip(readFileSync(join(out, chrome)));
const extra = unneededFiles(chromeEntries);
for (const { file, reason } of extra) console.error(`Chrome: fichier inutile / unneeded file ${file} (${reason})`);
console.log(`Chrome: ${chromeEntries.size} fichiers, ${extra.length} inutile(s)`);
failed ||= extra.length > 0;

const sourceNames = [...readZip(readFileSync(join(out, sources))).keys()];
if (!sourceNames.includes('SOURCE_CODE_REVIEW.md') || !sourceNames.includes('package-lock.json')) {
  console.error('AMO: l’archive des sources doit contenir SOURCE_CODE_REVIEW.md et package-lock.json');
  failed = true;
}

const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(out, 'firefox-mv3'), '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
let summary;
try {
  summary = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint did not answer:', lint.stderr || lint.stdout);
  process.exit(1);
}
// Library warnings known by name, as in scripts/test-all.mjs: zod's `Function('')` probe, exceljs,
// Preact's innerHTML path (never used). Any other warning is ours and fails.
const KNOWN_LIBRARY_WARNINGS = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);
const ours = summary.warnings.filter((warning) => !KNOWN_LIBRARY_WARNINGS.has(warning.code));
for (const message of [...summary.errors, ...ours]) console.error(`web-ext lint: ${message.code} ${message.file ?? ''} ${message.message}`);
console.log(`Firefox (web-ext lint): ${summary.summary.errors} erreur(s), ${ours.length} avertissement(s) de notre code, ${summary.warnings.length - ours.length} de bibliothèques`);
failed ||= summary.summary.errors > 0 || ours.length > 0;
process.exit(failed ? 1 : 0);
