import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../../support/fresh-db';
import { describeProblem, parseDirectoryFile, summarizeImport } from '../../../lib/import';
import { commitImport, judgeImport, ImportRefusedError } from '../../../lib/import/commit';
import { RepereDB, loadPartners } from '../../../lib/db';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const today = '2026-11-22';
const parse = (text: string | Uint8Array, name = 'x.csv') => parseDirectoryFile(typeof text === 'string' ? utf8(text) : text, name, { today });
const messages = (result: ReturnType<typeof parse>) => result.problems.map((p) => p.message).join('\n');

describe('files that are not a directory', () => {
  it('an empty file, or only blanks', () => {
    for (const content of ['', '   \r\n\r\n']) {
      const result = parse(content);
      expect(result.partners).toEqual([]);
      expect(messages(result)).toMatch(/vide/);
    }
  });

  it('a binary file, an xlsx, a PDF', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(messages(parse(binary, 'photo.jpg'))).toMatch(/binaire/);
    expect(messages(parse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'annuaire.xlsx'))).toMatch(/Enregistrer sous › CSV/);
    expect(messages(parse(utf8('%PDF-1.7 ...'), 'annuaire.pdf'))).toMatch(/PDF/);
  });

  it('a CSV without a name column', () => {
    const result = parse('Ville;Téléphone\nSète;0467000000\n');
    expect(result.partners).toEqual([]);
    expect(result.problems[result.problems.length - 1]).toMatchObject({ line: 1, field: 'nom', severity: 'rejected' });
  });

  it('broken JSON names the line', () => {
    const result = parse('{\n "structures": [\n  {"id": "a",}\n ]\n}', 'a.json');
    expect(result.problems[0]).toMatchObject({ line: 3, severity: 'rejected' });
    expect(describeProblem(result.problems[0])).toMatch(/^Ligne 3 — JSON illisible à partir de cette ligne/);
  });

  it('JSON of the wrong shape', () => {
    expect(messages(parse('{"foo": 1}', 'a.json'))).toMatch(/ni « structures » ni « services »/);
    expect(messages(parse('{"structures": "nope"}', 'a.json'))).toMatch(/doit être une liste/);
    expect(messages(parse('42', 'a.json'))).toMatch(/pas de liste/);
    expect(messages(parse('[]', 'a.json'))).toMatch(/liste vide/);
  });

  it('an unbalanced quote is reported, not thrown', () => {
    const result = parse('Nom;Commune;date_maj\n"CCAS de Sète;Sète;2026-01-01\nCCAS de Mèze;Mèze;2026-01-01\n');
    expect(messages(result)).toMatch(/guillemet/);
  });
});

describe('bad records', () => {
  it('HTML in text fields is kept as text, never interpreted', () => {
    const result = parse('Nom;Description;date_maj\n"<img src=x onerror=alert(1)> CCAS";"<script>alert(1)</script> aide";2026-01-01\n');
    expect(result.partners[0].nom).toBe('<img src=x onerror=alert(1)> CCAS');
    expect(result.partners[0].description).toBe('<script>alert(1)</script> aide');
  });

  it('javascript: and data: URLs are dropped with a problem; the partner stays', () => {
    const result = parse('Nom;Site web;Lien source;date_maj\nCCAS de Sète;javascript:alert(1);data:text/html,<b>x</b>;2026-01-01\n');
    expect(result.partners[0]).toMatchObject({ site_web: null, lien_source: null });
    expect(result.problems.filter((p) => p.severity === 'corrected').map((p) => [p.line, p.field])).toEqual([[2, 'site_web'], [2, 'lien_source']]);
  });

  it('duplicate ids are reported, the first kept, never merged silently', () => {
    const result = parse('id;Nom;date_maj\nx;CCAS de Sète;2026-01-01\nx;CCAS de Mèze;2026-01-01\n');
    expect(result.partners.map((p) => p.nom)).toEqual(['CCAS de Sète']);
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 3, field: 'id', severity: 'rejected' }));
  });

  it('missing required fields reject the record, line and field named', () => {
    const result = parse('Nom;Commune;date_maj\n;Sète;2026-01-01\nCCAS de Mèze;Mèze;\nCCAS de Sète;Sète;2026-01-01\n');
    expect(result.partners.map((p) => p.nom)).toEqual(['CCAS de Sète']);
    expect(result.problems.map((p) => [p.line, p.field, p.severity])).toEqual([[2, 'nom', 'rejected'], [3, 'date_maj', 'rejected']]);
    // A row without a name says so, not that its (derived) id is missing.
    expect(describeProblem(result.problems[0])).toBe('Ligne 2 — Structure non importée : champ obligatoire « Nom » vide ou absent');
    expect(describeProblem(result.problems[1])).toBe('Ligne 3 · « CCAS de Mèze », Mèze — Structure non importée : champ obligatoire « Date de mise à jour » vide ou absent');
    expect(summarizeImport(result)).toMatchObject({ partners: 1, records: 3, rejected: 2 });
  });

  it('wrong types: numbers, objects, lists where text is expected', () => {
    const json = JSON.stringify({ structures: [
      { source: 's', id: 1, nom: 'Id numérique', date_maj: '2026-01-01' },
      { source: 's', id: 'b', nom: { fr: 'objet' }, date_maj: '2026-01-01' },
      { source: 's', id: 'c', nom: 'Liste en trop', date_maj: '2026-01-01', commune: ['Sète'], latitude: 'nord', code_postal: 34200 },
      'pas un objet',
      null,
    ] });
    const result = parse(json, 'a.json');
    expect(result.partners.map((p) => p.id)).toEqual(['c']);
    expect(result.partners[0]).toMatchObject({ commune: null, latitude: null, code_postal: null });
    expect(summarizeImport(result).rejected).toBe(4);
  });

  it('names the line of a row after a multi-line cell', () => {
    const result = parse('Nom;Adresse;Courriel;date_maj\nCCAS de Sète;"1 rue A\r\nBâtiment B\r\n2e étage";ccas@sete.example;2026-01-01\nCCAS de Mèze;;pas-un-mail;2026-01-01\n');
    expect(result.problems.find((p) => p.field === 'courriel')?.line).toBe(5);
  });
});

describe('a 50 MB file', () => {
  it('is read without freezing or throwing; oversize descriptions are dropped with a problem', () => {
    const long = 'x'.repeat(50_000);
    const rows = ['Nom;Commune;Description;date_maj'];
    for (let i = 0; rows.length <= 1000; i++) rows.push(`Structure ${i};Sète;${long};2026-01-01`);
    const bytes = utf8(rows.join('\n'));
    expect(bytes.length).toBeGreaterThan(50 * 1000 * 1000);
    const result = parse(bytes);
    expect(result.partners).toHaveLength(1000);
    expect(summarizeImport(result).corrected).toBe(1000);
  }, 180_000);

  it('over the size limit it is refused before reading', async () => {
    const { MAX_IMPORT_BYTES } = await import('../../../lib/import');
    const huge = { length: MAX_IMPORT_BYTES + 1 } as Uint8Array;
    expect(messages(parse(huge))).toMatch(/trop volumineux/);
  });
});

describe('random corruptions of valid files (property)', () => {
  let db: RepereDB;

  beforeEach(() => {
    db = openFreshDb('repere-prop');
  });
  afterEach(() => dropDb(db));

  const valid = ['excel-fr-1252.csv', 'libreoffice-utf8.csv', 'data-inclusion.json', 'tabs.tsv'].map((n) => ({ name: n, bytes: fixture(n) }));
  const corruption = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 20 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  );
  function corrupt(bytes: Uint8Array, steps: fc.Arbitrary<unknown> extends never ? never : Array<{ kind: string; at: number; value?: number; text?: string; count?: number }>): Uint8Array {
    let out = bytes;
    for (const step of steps) {
      const at = out.length === 0 ? 0 : step.at % out.length;
      if (step.kind === 'flip') (out = out.slice())[at] = step.value!;
      else if (step.kind === 'truncate') out = out.slice(0, at);
      else if (step.kind === 'insert') out = new Uint8Array([...out.slice(0, at), ...utf8(step.text!), ...out.slice(at)]);
      else out = new Uint8Array([...out.slice(0, at), ...out.slice(at + step.count!)]);
    }
    return out;
  }

  it('parsing never throws, and a refused import leaves the stored directory unchanged', async () => {
    const before = parseDirectoryFile(fixture('libreoffice-utf8.csv'), 'equipe.csv', { today });
    const source = { id: 'file:equipe', kind: 'file' as const, label: 'equipe.csv', priority: 0 };
    await commitImport(db, source, before);
    const snapshot = JSON.stringify(await loadPartners(db));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...valid), fc.array(corruption, { minLength: 1, maxLength: 6 }), async (file, steps) => {
        const result = parseDirectoryFile(corrupt(file.bytes, steps), file.name, { today });
        expect(Array.isArray(result.partners)).toBe(true);
        for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
        if (!judgeImport(result).accepted) {
          await expect(commitImport(db, source, result)).rejects.toBeInstanceOf(ImportRefusedError);
          expect(JSON.stringify(await loadPartners(db))).toBe(snapshot);
        }
      }),
      { numRuns: 300 },
    );
  });
});
