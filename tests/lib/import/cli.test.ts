import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatImportReport, parseDirectoryFile } from '../../../lib/import';

const root = join(__dirname, '../../..');
const fixture = join(root, 'tests/fixtures/import/excel-fr-1252.csv');
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import-cli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run validate / convert', () => {
  it('validate prints the same report as the import preview', () => {
    const run = cli('validate', fixture);
    const expected = formatImportReport(parseDirectoryFile(new Uint8Array(readFileSync(fixture)), 'excel-fr-1252.csv'), 'excel-fr-1252.csv');
    expect(run.stdout.trim()).toBe(expected.trim());
    expect(run.status).toBe(0);
  }, 30_000);

  it('validate exits 1 when records are rejected, 2 when nothing is usable or the file is missing', () => {
    expect(cli('validate', join(root, 'tests/fixtures/import/services.json')).status).toBe(2);
    expect(cli('validate', 'no-such-file.csv').stderr).toMatch(/Impossible de lire/);
    expect(cli('validate').status).toBe(2);
  }, 30_000);

  it('convert writes data·inclusion JSON on stdout and the report on stderr', () => {
    const run = cli('convert', fixture);
    const json = JSON.parse(run.stdout);
    expect(json.structures.map((s: { nom: string }) => s.nom)).toContain('CCAS de Frontignan');
    expect(json.services).toHaveLength(2);
    expect(run.stderr).toContain('3 partenaires prêts à importer');
  }, 30_000);
});
