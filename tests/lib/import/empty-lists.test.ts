import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirectoryFile } from '../../../lib/import';
import { locateJsonRecords } from '../../../lib/import/json-lines';

const root = join(__dirname, '../../..');
const bytes = (text: string) => new TextEncoder().encode(text);
const structure = (id: string, nom: string) => ({ id, nom, commune: 'Sète', code_postal: '34200', source: 'test', date_maj: '2026-01-01' });

describe('JSON files with an empty list (issue 13)', () => {
  const one = JSON.stringify([structure('s1', 'CCAS de Sète')]);
  const shapes: Array<{ name: string; text: string; partners: number }> = [
    { name: 'structures then empty services', text: `{"structures": ${one}, "services": []}`, partners: 1 },
    { name: 'empty services then structures', text: `{"services": [], "structures": ${one}}`, partners: 1 },
    { name: 'empty services, pretty-printed', text: JSON.stringify({ structures: JSON.parse(one), services: [] }, null, 2), partners: 1 },
    { name: 'empty structures and services', text: '{"structures": [], "services": []}', partners: 0 },
    { name: 'empty API page', text: '{"items": [], "total": 0}', partners: 0 },
    { name: 'empty data list', text: '{"data": [ ]}', partners: 0 },
    { name: 'empty root list', text: '[]', partners: 0 },
    { name: 'empty nested lists in a record', text: `{"structures": [{"id": "s1", "nom": "CCAS", "commune": "Sète", "source": "t", "thematiques": [], "date_maj": "2026-01-01"}], "services": []}`, partners: 1 },
  ];

  it.each(shapes)('$name: imported without an exception', ({ text, partners }) => {
    const result = parseDirectoryFile(bytes(text), 'annuaire.json');
    expect(result.partners).toHaveLength(partners);
    for (const problem of result.problems) expect(problem.message).not.toMatch(/Cannot read|undefined/);
  });

  it('locates records after an empty list closes at once', () => {
    const located = locateJsonRecords('{"services": [],\n"structures": [\n{"id": "a"},\n{"id": "b"}]}');
    expect(located.byKey.get('services')).toEqual([]);
    expect(located.byKey.get('structures')).toEqual([3, 4]);
  });

  it('npm run convert of a CSV without services gives a file that imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'repere-convert-'));
    const csv = join(dir, 'equipe.csv');
    writeFileSync(csv, 'Nom de la structure;Code postal;Ville;Téléphone\nCCAS de Sète;34200;Sète;04 67 00 00 01\nMission Locale;34110;Frontignan;04 67 00 00 02\n');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import-cli.ts', 'convert', csv], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).services).toEqual([]);
    const back = parseDirectoryFile(bytes(run.stdout), 'annuaire.json');
    expect(back.partners.map((p) => p.nom).sort()).toEqual(['CCAS de Sète', 'Mission Locale']);
    expect(back.problems.filter((p) => p.severity === 'rejected')).toEqual([]);
  }, 180_000);
});
