import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../../support/fresh-db';
import { RepereDB } from '../../../lib/db';
import { dueItems, loadFollowUpData, logContact, savePartnership } from '../../../lib/partnership';
import { parseFollowUpTables, type ReadTable } from '../../../lib/partnership/sheet';
import { csvToTable, neutralise, tableToCsv } from '../../../lib/partnership/sheet-csv';
import { tablesToXlsx, xlsxToTables } from '../../../lib/partnership/sheet-xlsx';
import { applyFollowUpImport, exportFollowUp, previewFollowUpImport } from '../../../lib/partnership/sheet-data';

const TODAY = '2026-11-29';
let db: RepereDB;
let fresh: RepereDB;
beforeEach(() => {
  db = openFreshDb('repere-sheet');
  fresh = openFreshDb('repere-sheet-fresh');
});
afterEach(async () => {
  await dropDb(db);
  await dropDb(fresh);
});

const NOTE = 'Réunion à l’Hôtel de ville ; « très bien »\nDeuxième ligne, avec "guillemets"';
async function fill() {
  await savePartnership(db, {
    partnerId: 'ccas-sete',
    partnerName: 'CCAS de Sète',
    status: 'convention',
    relanceMonths: 4,
    nextContact: '2026-12-15',
    convention: { objet: '=HYPERLINK("http://evil.example")', engagementsStructure: '-5 places réservées', engagementsPartenaire: '+ accueil @ 9 h', debut: '2026-01-01', fin: '2026-12-20', planAction: 'Permanence\nmensuelle', prochainBilan: '2026-12-01', document: 'convention-ccas.pdf' },
  }, 1);
  await savePartnership(db, { partnerId: 'ml', partnerName: 'Mission Locale Garrigues', status: 'informel' }, 2);
  await logContact(db, { partnerId: 'ml', date: '2026-03-29', kind: 'appel', note: NOTE }, { now: 3 });
  await logContact(db, { partnerId: 'ccas-sete', date: '2026-02-01', kind: 'bilan', note: '@tous', bilan: { worked: 'Les permanences', change: '=1+1', decision: 'arreter' } }, { now: 4 });
}

async function state(target: RepereDB) {
  const data = await loadFollowUpData(target);
  return {
    partnerships: data.partnerships.map(({ updatedAt: _u, ...p }) => p).sort((a, b) => a.partnerId.localeCompare(b.partnerId)),
    log: data.log.map(({ createdAt: _c, ...e }) => e).sort((a, b) => a.id.localeCompare(b.id)),
    board: dueItems(data, TODAY),
  };
}

describe('the team’s spreadsheet', () => {
  it('writes CSV the way French Excel opens it: BOM, semicolons, CRLF, JJ/MM/AAAA, formulas as text', async () => {
    await fill();
    const [board, log] = await exportFollowUp(db, TODAY);
    const csv = tableToCsv(board);
    expect(csv.startsWith('\uFEFFIdentifiant partenaire;Partenaire;Commune;Statut;')).toBe(true);
    expect(csv).toContain('\r\nccas-sete;CCAS de Sète;;convention;4;15/12/2026;01/02/2026;01/06/2026;convention qui se termine, bilan prévu, à relancer;');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")";'-5 places réservées;'+ accueil @ 9 h;01/01/2026;20/12/2026;"Permanence\nmensuelle"`);
    const logCsv = tableToCsv(log);
    expect(logCsv).toContain(`;29/03/2026;appel;"Réunion à l’Hôtel de ville ; « très bien »\nDeuxième ligne, avec ""guillemets"""`);
    expect(logCsv).toContain(";bilan annuel;'@tous;Les permanences;'=1+1;arrêter");
    expect(neutralise('\tcmd')).toBe("'\tcmd");
    expect(neutralise('Appel du 3')).toBe('Appel du 3');
  });

  it('round-trips through CSV into a fresh profile: same follow-up, same log, same board', async () => {
    await fill();
    const tables = (await exportFollowUp(db, TODAY)).map((t, i) => csvToTable(new TextEncoder().encode(tableToCsv(t)), `f${i}.csv`).table!);
    const parsed = parseFollowUpTables(tables, 99);
    expect(parsed.problems).toEqual([]);
    expect(parsed.found).toEqual(['Suivi', 'Journal']);
    expect(await previewFollowUpImport(fresh, parsed)).toEqual({ partnerships: { added: 2, replaced: 0 }, log: { added: 2, replaced: 0 } });
    await applyFollowUpImport(fresh, parsed);
    expect(await state(fresh)).toEqual(await state(db));
    expect((await state(fresh)).board.map((i) => i.kind)).toEqual(['relance', 'relance', 'review', 'convention-end']);
    // Importing the same file again replaces, adds nothing.
    expect(await previewFollowUpImport(fresh, parsed)).toEqual({ partnerships: { added: 0, replaced: 2 }, log: { added: 0, replaced: 2 } });
  });

  it('round-trips through .xlsx: real dates, text cells never formulas, accents and line breaks kept', async () => {
    await fill();
    const bytes = await tablesToXlsx(await exportFollowUp(db, TODAY));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Suivi')!;
    const objet = sheet.getRow(2).getCell(10);
    expect(objet.type).toBe(ExcelJS.ValueType.String);
    expect(objet.value).toBe('=HYPERLINK("http://evil.example")');
    expect(sheet.getRow(2).getCell(14).value).toEqual(new Date('2026-12-20T00:00:00.000Z'));
    expect(sheet.getColumn(14).numFmt).toBe('dd/mm/yyyy');

    const read = await xlsxToTables(bytes);
    const parsed = parseFollowUpTables(read.tables!, 99);
    expect(parsed.problems).toEqual([]);
    await applyFollowUpImport(fresh, parsed);
    expect(await state(fresh)).toEqual(await state(db));
    expect(parsed.log.find((e) => e.partnerId === 'ml')?.note).toBe(NOTE);
  }, 30_000);

  it('reports each bad line in French, with its line number, and keeps the good ones', () => {
    const text = [
      'Identifiant partenaire;Partenaire;Statut;Fin de la convention;À relancer après (mois);Couleur',
      'ccas;CCAS;convention;31/12/2026;6;bleu',
      ';Sans identifiant;contact;;;',
      'cidff;CIDFF;amical;;;',
      'adil;ADIL;convention;31/02/2026;;',
      'pij;"PIJ',
      'sur deux lignes";contact;;0;',
      'ml;Mission Locale;contact;;;',
    ].join('\r\n');
    const table = csvToTable(new TextEncoder().encode(text), 'equipe.csv').table!;
    const parsed = parseFollowUpTables([table]);
    expect(parsed.partnerships.map((p) => p.partnerId)).toEqual(['ccas', 'ml']);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'Colonnes ignorées : « Couleur »',
      'Ligne 3 : colonne « Identifiant partenaire » vide',
      'Ligne 4 : colonne « Statut » : « amical » inconnu (aucun, contact, partenariat informel, convention)',
      'Ligne 5 : colonne « Fin de la convention » : « 31/02/2026 » n’est pas une date (JJ/MM/AAAA)',
      'Ligne 6 : colonne « À relancer après (mois) » : doit être d’au moins 1 mois',
    ]);
    expect(parseFollowUpTables([{ name: 'x', headers: ['Nom', 'Ville'], rows: [] } satisfies ReadTable]).problems[0].message).toMatch(/^Aucun tableau de suivi reconnu/);
    expect(csvToTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'x.csv').error).toMatch(/classeur Excel/);
  });

  it('gives a line typed by hand without an id the same id on every import', () => {
    const text = 'Identifiant partenaire;Date;Type;Note\r\nml;03/11/2026;Réunion partenariale;Comité\r\nml;3/11/26;appel;\r\nml;;appel;x\r\n';
    const table = csvToTable(new TextEncoder().encode(text), 'journal.csv').table!;
    const first = parseFollowUpTables([table]);
    const again = parseFollowUpTables([table]);
    expect(first.log.map((e) => [e.date, e.kind])).toEqual([['2026-11-03', 'reunion'], ['2026-11-03', 'appel']]);
    expect(first.log.map((e) => e.id)).toEqual(again.log.map((e) => e.id));
    expect(first.problems.map((p) => p.message)).toEqual(['Ligne 4 : colonne « Date » vide']);
  });
});
