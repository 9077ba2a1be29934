import { parseFollowUpTables, type ParsedFollowUp, type ReadTable, type SheetTable } from './sheet';
import { csvToTable, tableToCsv } from './sheet-csv';
import { tablesToXlsx, xlsxToTables } from './sheet-xlsx';
import { MAX_SHEET_FILE_BYTES, MAX_SHEET_ROWS, MAX_XLSX_UNCOMPRESSED_BYTES, megabytes, sheetTooBig } from './sheet-limits';
import { zipSizes } from './zip-size';
import { frenchText } from '../i18n-french';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function tooManyRows(tables: readonly ReadTable[]): string | undefined {
  const rows = tables.reduce((sum, table) => sum + table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== '')).length, 0);
  if (rows <= MAX_SHEET_ROWS) return undefined;
  return frenchText('sheetTooManyRows', rows.toLocaleString('fr-FR'), MAX_SHEET_ROWS.toLocaleString('fr-FR'));
}

/**
 * A file the team sends back, .xlsx (by its content, whatever its name) or CSV, within the caps of
 * sheet-limits.ts: its size first, an .xlsx's decompressed size from its zip directory before
 * exceljs runs, then its number of rows. Never throws. It runs in a worker: refusals are French from
 * the catalogue, which the page shows with translateFrench.
 */
export async function readFollowUpFile(bytes: Uint8Array, fileName: string, now = Date.now()): Promise<{ parsed?: ParsedFollowUp; error?: string }> {
  if (bytes.length > MAX_SHEET_FILE_BYTES) return { error: sheetTooBig(bytes.length) };
  let tables: ReadTable[];
  if (isZip(bytes)) {
    const zip = zipSizes(bytes);
    if (!zip.sizes) return { error: frenchText('sheetXlsxUnreadable', zip.error!) };
    if (zip.sizes.uncompressed > MAX_XLSX_UNCOMPRESSED_BYTES) {
      return { error: frenchText('sheetXlsxTooBigUnzipped', megabytes(zip.sizes.uncompressed), megabytes(MAX_XLSX_UNCOMPRESSED_BYTES)) };
    }
    const read = await xlsxToTables(bytes);
    if (read.error) return { error: read.error };
    tables = read.tables!;
  } else {
    if (/\.xlsx?$/i.test(fileName)) return { error: frenchText('sheetNotXlsx') };
    const read = csvToTable(bytes, fileName);
    if (read.error) return { error: read.error };
    tables = [read.table!];
  }
  const rows = tooManyRows(tables);
  return rows ? { error: rows } : { parsed: parseFollowUpTables(tables, now) };
}

export interface SheetFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** `repere-suivi-2026-11-29.xlsx` (both tables) or one CSV per table. */
export async function followUpFile(tables: readonly SheetTable[], format: 'xlsx' | 'csv-board' | 'csv-log', today: string): Promise<SheetFile> {
  if (format === 'xlsx') {
    return { name: `repere-suivi-${today}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await tablesToXlsx(tables) };
  }
  const table = tables[format === 'csv-board' ? 0 : 1];
  const name = format === 'csv-board' ? `repere-suivi-${today}.csv` : `repere-journal-${today}.csv`;
  return { name, type: 'text/csv;charset=utf-8', bytes: new TextEncoder().encode(tableToCsv(table)) };
}
