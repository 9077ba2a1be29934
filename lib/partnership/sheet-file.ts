import { parseFollowUpTables, type ParsedFollowUp, type SheetTable } from './sheet';
import { csvToTable, tableToCsv } from './sheet-csv';
import { tablesToXlsx, xlsxToTables } from './sheet-xlsx';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A file the team sends back, .xlsx (by its content, whatever its name) or CSV. Never throws. */
export async function readFollowUpFile(bytes: Uint8Array, fileName: string, now = Date.now()): Promise<{ parsed?: ParsedFollowUp; error?: string }> {
  if (isZip(bytes)) {
    const read = await xlsxToTables(bytes);
    return read.error ? { error: read.error } : { parsed: parseFollowUpTables(read.tables!, now) };
  }
  if (/\.xlsx?$/i.test(fileName)) return { error: 'Ce fichier porte le nom d’un classeur Excel mais n’en est pas un : enregistrez-le à nouveau au format .xlsx ou CSV.' };
  const read = csvToTable(bytes, fileName);
  return read.error ? { error: read.error } : { parsed: parseFollowUpTables([read.table!], now) };
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
