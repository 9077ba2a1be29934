import { readDate } from './dates';
import type { ReadTable, SheetTable } from './sheet';
import { frenchText } from '../i18n-french';

/**
 * .xlsx through exceljs, loaded only when a counsellor exports or imports a workbook (never in
 * the popup's bundle). Text is written as string cells, which no spreadsheet runs as formulas.
 */
async function loadExcel() {
  const module = await import('exceljs');
  return (module as unknown as { default?: typeof module }).default ?? module;
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function tablesToXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Repère';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(row.map((cell, i) => (cell === null || cell === '' ? null : table.kinds[i] === 'date' ? utcDate(String(cell)) : cell)));
    }
    table.kinds.forEach((kind, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = kind === 'text' ? 28 : 14;
      if (kind === 'date') column.numFmt = 'dd/mm/yyyy';
      if (kind === 'text') column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A cell's value as text: dates as `YYYY-MM-DD`, rich text and hyperlinks flattened, formulas by their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return readDate(value) ?? '';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value);
}

/** Every worksheet of a workbook as a table; the first non-empty row holds the headings. */
export async function xlsxToTables(bytes: Uint8Array): Promise<{ tables?: ReadTable[]; error?: string }> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return { error: frenchText('sheetXlsxUnreadable', error instanceof Error ? error.message : frenchText('sheetXlsxUnknownFormat')) };
  }
  const tables: ReadTable[] = [];
  workbook.eachSheet((sheet) => {
    const rows: { line: number; cells: string[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const values = row.values as unknown[];
      rows.push({ line, cells: Array.from(values.slice(1), cellText) });
    });
    if (rows.length === 0) return;
    const [header, ...body] = rows;
    tables.push({ name: sheet.name, headers: header.cells.map((h) => h.trim()), rows: body });
  });
  return { tables };
}
