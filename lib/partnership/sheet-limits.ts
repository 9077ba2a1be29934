import { frenchText } from '../i18n-french';

/**
 * What a « tableau de suivi » may weigh, said in the import's preview. A year of a busy team is
 * a few hundred partners and a few thousand contacts. Measured: an export of 20,000 log lines
 * with 120-character notes is 4.3 MB as CSV and 0.8 MB as .xlsx (11 MB once decompressed), so
 * these caps leave room for years of a large team (and notes twice as long in CSV, seven times in
 * .xlsx) while refusing, before any parsing, the files that froze the page (52 MB CSV, 100,000
 * rows, a 1 MB workbook that inflates to 286 MB).
 */
export const MAX_SHEET_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_SHEET_ROWS = 20_000;
/** The decompressed size of an .xlsx's parts, read from its zip directory before exceljs runs. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 80 * 1024 * 1024;

/** Whole megabytes, at least one. */
export const megabyteCount = (bytes: number) => Math.max(1, Math.round(bytes / (1024 * 1024)));
/** Whole megabytes written the French way, for the French sentences lib/ writes (translated on the page). */
export const megabytes = (bytes: number) => megabyteCount(bytes).toLocaleString('fr-FR');

/** The refusal of a file over the size cap, without reading it: French from the catalogue, which the page translates. */
export function sheetTooBig(bytes: number): string {
  return frenchText('sheetFileTooBig', megabytes(bytes), megabytes(MAX_SHEET_FILE_BYTES));
}
