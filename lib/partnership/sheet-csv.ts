import Papa from 'papaparse';
import { decodeBytes } from '../import/decode';
import { detectDelimiter } from '../import/csv';
import { frenchDate } from './dates';
import type { ReadTable, SheetTable } from './sheet';
import { frenchText } from '../i18n-french';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula:
 * such text is written with a leading apostrophe, which Excel and LibreOffice show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
/** The reverse, on import: the apostrophe Repère added goes away. */
export function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function csvCell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV as French Excel opens it: UTF-8 with BOM, `;`, CRLF, dates JJ/MM/AAAA, formulas neutralised. */
export function tableToCsv(table: SheetTable): string {
  const lines = [table.headers.map(csvCell).join(';')];
  for (const row of table.rows) {
    lines.push(
      row
        .map((cell, i) => {
          if (cell === null || cell === '') return '';
          if (table.kinds[i] === 'date') return frenchDate(String(cell));
          if (table.kinds[i] === 'number') return String(cell);
          return csvCell(neutralise(String(cell)));
        })
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function newlinesIn(row: readonly string[]): number {
  return row.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
}

/** A CSV file (any encoding or separator Excel writes) -> one table, each row with its line number. */
export function csvToTable(bytes: Uint8Array, name: string): { table?: ReadTable; error?: string } {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { error: decoded.message };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data;
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) return { error: frenchText('sheetCsvNoLine') };
  let line = 1;
  const lines = rows.map((row) => {
    const start = line;
    line += 1 + newlinesIn(row);
    return start;
  });
  return {
    table: {
      name,
      headers: rows[headerIndex].map((h) => h.trim()),
      rows: rows.slice(headerIndex + 1).map((cells, i) => ({ line: lines[headerIndex + 1 + i], cells: cells.map(unneutralise) })),
    },
  };
}
