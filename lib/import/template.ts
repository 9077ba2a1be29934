import { CSV_COLUMNS } from './columns';

/**
 * The CSV template offered in the options page: the columns Repère reads, with one example row,
 * `;`-separated with a BOM so that Excel in France opens it with the accents right.
 */
export function csvTemplate(): string {
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const header = CSV_COLUMNS.map((c) => c.column).join(';');
  const example = CSV_COLUMNS.map((c) => quote(c.example)).join(';');
  return `\uFEFF${header}\r\n${example}\r\n`;
}
