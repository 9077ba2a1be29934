import { zip } from '../../support/hand-zip';
import { describe, expect, it, vi } from 'vitest';
import { readFollowUpFile } from '../../../lib/partnership/sheet-file';
import { MAX_SHEET_ROWS } from '../../../lib/partnership/sheet-limits';
import { tablesToXlsx } from '../../../lib/partnership/sheet-xlsx';
import { zipSizes } from '../../../lib/partnership/zip-size';
import { screenFollowUp } from '../../../lib/partnership/person-screen';
import { partnerContext } from '../../../lib/partnership/person-data';

/** A zip of one deflated part (local header, data, central directory, end record). */
const zipOf = (name: string, content: Buffer): Uint8Array => new Uint8Array(zip([[name, content]]));

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
const LOG_HEADER = 'Identifiant partenaire;Date;Type;Note';

describe('caps of the follow-up import', () => {
  it('refuses a file over 10 MB from its size, before reading it', async () => {
    const read = await readFollowUpFile(new Uint8Array(11 * 1024 * 1024), 'gros.csv');
    expect(read.error).toMatch(/^Le fichier pèse 11 Mo, au-delà de la limite de 10 Mo pour un tableau de suivi : il n’a pas été lu\./);
  });

  it(`refuses more than ${MAX_SHEET_ROWS} rows, and reads ${MAX_SHEET_ROWS}`, async () => {
    const rows = (n: number) => [LOG_HEADER, ...Array.from({ length: n }, (_, i) => `p${i % 50};12/03/2026;appel;Point ${i}`)];
    expect((await readFollowUpFile(csv(rows(MAX_SHEET_ROWS + 1)), 'journal.csv')).error?.replace(/\s/g, ' ')).toBe(
      'Le fichier compte 20 001 lignes, au-delà de la limite de 20 000 lignes pour un tableau de suivi : rien n’a été importé. Importez-le en plusieurs fichiers.',
    );
    expect((await readFollowUpFile(csv(rows(MAX_SHEET_ROWS)), 'journal.csv')).parsed?.log).toHaveLength(MAX_SHEET_ROWS);
  });

  it('reads the decompressed size of an .xlsx from its zip directory and refuses a zip bomb before exceljs runs', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(100 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(200_000);
    expect(zipSizes(bomb).sizes).toEqual({ entries: 1, uncompressed: 100 * 1024 * 1024 });
    // exceljs never opens it: its reader is watched rather than a clock (no timed unit tests).
    const { default: ExcelJS } = await import('exceljs');
    const load = vi.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx), 'load');
    const read = await readFollowUpFile(bomb, 'suivi.xlsx');
    expect(read.error).toMatch(/^Ce classeur se décompresse en 100 Mo, au-delà de la limite de 80 Mo : il n’a pas été ouvert\./);
    expect(load).not.toHaveBeenCalled();
    load.mockRestore();
  });

  it('opens a real workbook within the caps, and refuses one whose directory does not add up', async () => {
    const xlsx = await tablesToXlsx([{ name: 'Journal', headers: ['Identifiant partenaire', 'Date', 'Type', 'Note'], kinds: ['text', 'date', 'text', 'text'], rows: [['ml', '2026-03-12', 'appel', 'point d’étape']] }]);
    expect(zipSizes(xlsx).sizes!.entries).toBeGreaterThan(3);
    expect((await readFollowUpFile(xlsx, 'suivi.xlsx')).parsed?.log).toHaveLength(1);
    const broken = xlsx.slice(0, xlsx.length - 10);
    expect((await readFollowUpFile(broken, 'suivi.xlsx')).error).toMatch(/^Classeur \.xlsx illisible/);
  });
});

describe('person data in an imported journal', () => {
  it('holds back the lines with a NIR, a birth date, a mobile or an e-mail, naming each line; the others pass', async () => {
    const read = await readFollowUpFile(csv([
      LOG_HEADER,
      'ml;12/03/2026;appel;Point sur les orientations du trimestre',
      'ml;13/03/2026;appel;NIR 1 85 03 75 123 456 78',
      'ml;14/03/2026;appel;Jeune né le 03/03/90',
      'ml;15/03/2026;appel;rappeler au 06 12 34 56 78',
      'ml;16/03/2026;courriel;réponse de kevin.m@gmail.com',
      'ml;17/03/2026;appel;standard 04 67 46 00 00, convention signée le 12/03/2008',
    ]), 'journal.csv');
    const screened = screenFollowUp(read.parsed!, () => partnerContext([{ telephone: '04 67 46 00 00' }], [], 2026));
    expect(screened.log.map((e) => e.note)).toEqual(['Point sur les orientations du trimestre', 'standard 04 67 46 00 00, convention signée le 12/03/2008']);
    expect(screened.held.map((h) => [h.table, h.line, h.findings.map((f) => f.kind)])).toEqual([
      ['log', 3, ['nir']],
      ['log', 4, ['birth-date', 'birth-date']],
      ['log', 5, ['phone']],
      ['log', 6, ['email']],
    ]);
  });
});
