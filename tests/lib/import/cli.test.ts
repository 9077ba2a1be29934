import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatImportReport, parseDirectoryFile } from '../../../lib/import';
import { service, structure } from '../../fixtures/records';

const root = join(__dirname, '../../..');
const fixture = join(root, 'tests/fixtures/import/excel-fr-1252.csv');
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import-cli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run validate / convert', () => {
  it('validate prints the same report as the import preview', () => {
    const run = cli('validate', fixture);
    const expected = formatImportReport(parseDirectoryFile(new Uint8Array(readFileSync(fixture)), 'excel-fr-1252.csv'), 'excel-fr-1252.csv');
    expect(run.stdout.trim()).toBe(expected.trim());
    expect(run.status).toBe(0);
  }, 180_000);

  it('validate exits 1 when records are rejected, 2 when nothing is usable or the file is missing', () => {
    expect(cli('validate', join(root, 'tests/fixtures/import/services.json')).status).toBe(2);
    expect(cli('validate', 'no-such-file.csv').stderr).toMatch(/Impossible de lire/);
    expect(cli('validate').status).toBe(2);
  }, 180_000);

  it('convert writes data·inclusion JSON on stdout and the report on stderr', () => {
    const run = cli('convert', fixture);
    const json = JSON.parse(run.stdout);
    expect(json.structures.map((s: { nom: string }) => s.nom)).toContain('CCAS de Frontignan');
    expect(json.services).toHaveLength(2);
    expect(run.stderr).toContain('3 partenaires prêts à importer');
  }, 180_000);

  it('convert --departement 59 keeps one département of the national open data files (structures + services) and its services', () => {
    // data·inclusion publishes whole-country files only (issue 21): the coordinator extracts their département.
    const dir = mkdtempSync(join(tmpdir(), 'repere-cli-'));
    try {
      writeFileSync(join(dir, 'structures.json'), JSON.stringify([
        structure({ id: 'n--59', nom: 'Mission Locale de Tourcoing', commune: 'Tourcoing', code_postal: '59200', code_insee: '59599' }),
        structure({ id: 'n--34', nom: 'Mission Locale du Bassin de Thau' }),
        structure({ id: 'n--2a', nom: 'CCAS d’Ajaccio', commune: 'Ajaccio', code_postal: '20000', code_insee: '2A004' }),
      ]));
      writeFileSync(join(dir, 'services.json'), JSON.stringify([service({ id: 's--59', structure_id: 'n--59' }), service({ id: 's--34', structure_id: 'n--34' })]));
      const run = cli('convert', '--departement', '59', join(dir, 'structures.json'), join(dir, 'services.json'));
      const json = JSON.parse(run.stdout);
      expect(json.structures.map((s: { id: string }) => s.id)).toEqual(['n--59']);
      expect(json.services.map((s: { id: string }) => s.id)).toEqual(['s--59']);
      expect(JSON.parse(cli('convert', '--departement', '2a', join(dir, 'structures.json')).stdout).structures.map((s: { id: string }) => s.id)).toEqual(['n--2a']);
      expect(cli('convert', '--departement', '100', join(dir, 'structures.json')).stderr).toMatch(/Département invalide/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
