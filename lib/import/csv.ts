import { keyedProblem } from '../schema/problem';
import Papa from 'papaparse';
import type { ImportProblem } from '../schema';
import { columnOfHeading, type ColumnSpec } from './columns';
import { cellValue, derivedId } from './cell-values';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvOptions {
  /** `source` of the records when the file has no such column. */
  defaultSource: string;
  /** `date_maj` (AAAA-MM-JJ) of the records when the file has no such column. */
  today: string;
}

export interface CsvRecords {
  structures: Record<string, unknown>[];
  services: Record<string, unknown>[];
  structureLines: number[];
  serviceLines: number[];
  problems: ImportProblem[];
  delimiter: CsvDelimiter;
}

/** The separator of the header line: the one that appears most outside quotes (; wins ties, as in France). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as CsvDelimiter]++;
  }
  const order: CsvDelimiter[] = [';', ',', '\t'];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';');
}

function newlinesIn(row: readonly string[]): number {
  let count = 0;
  for (const cell of row) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count++;
  }
  return count;
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * A team spreadsheet saved as CSV -> data·inclusion records (one structure per row, plus one
 * service when the service columns are filled), each with its line in the file for messages.
 * Headings are matched leniently (field names or French labels, any case or accents).
 */
export function csvToRecords(text: string, options: CsvOptions): CsvRecords {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const problems: ImportProblem[] = [];
  const rows = parsed.data;
  const structures: Record<string, unknown>[] = [];
  const services: Record<string, unknown>[] = [];
  const structureLines: number[] = [];
  const serviceLines: number[] = [];
  const done = () => ({ structures, services, structureLines, serviceLines, problems, delimiter });

  // Line (1-based) where each row starts: a quoted cell may span several lines.
  const lineOfRow: number[] = [];
  let line = 1;
  for (const row of rows) {
    lineOfRow.push(line);
    line += 1 + newlinesIn(row);
  }
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const at = error.row !== undefined ? lineOfRow[error.row] : undefined;
    problems.push(keyedProblem(error.code === 'MissingQuotes' ? 'importCsvQuote' : 'importCsvBadLine', [], { line: at }));
  }

  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex === -1) {
    problems.push(keyedProblem('importCsvNoLine', [], { severity: 'rejected' }));
    return done();
  }
  const header = rows[headerIndex];
  const specs: (ColumnSpec | undefined)[] = header.map((heading, index) => {
    const spec = columnOfHeading(heading);
    if (!spec && heading.trim()) {
      problems.push(keyedProblem('importCsvUnknownColumn', [heading.trim(), index + 1], { line: lineOfRow[headerIndex], field: heading.trim() }));
    }
    return spec;
  });
  const present = new Set(specs.filter(Boolean).map((spec) => spec!.column));
  if (!present.has('nom')) {
    problems.push(keyedProblem('importCsvNoName', [], { line: lineOfRow[headerIndex], field: 'nom', severity: 'rejected' }));
    return done();
  }
  if (!present.has('date_maj')) {
    problems.push(keyedProblem('importCsvNoDate', [options.today], { line: lineOfRow[headerIndex], field: 'date_maj', severity: 'corrected' }));
  }

  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const structure: Record<string, unknown> = {};
    const service: Record<string, unknown> = {};
    let hasService = false;
    specs.forEach((spec, index) => {
      if (!spec) return;
      const value = cellValue(spec, row[index] ?? '');
      if (value === undefined) return;
      if (spec.target === 'service') {
        service[spec.field] = value;
        hasService = true;
      } else if (structure[spec.field] === undefined) {
        structure[spec.field] = value;
      }
    });
    structure.source ??= options.defaultSource;
    structure.date_maj ??= present.has('date_maj') ? undefined : options.today;
    if (structure.id === undefined && typeof structure.nom === 'string') {
      structure.id = derivedId(structure.nom, String(structure.code_postal ?? structure.commune ?? ''));
    }
    structures.push(structure);
    structureLines.push(lineOfRow[r]);
    if (hasService) {
      services.push({
        source: structure.source,
        structure_id: structure.id,
        id: `${String(structure.id)}--service`,
        date_maj: structure.date_maj,
        ...service,
        nom: service.nom ?? structure.nom,
        description: service.description ?? structure.description ?? service.nom ?? structure.nom,
      });
      serviceLines.push(lineOfRow[r]);
    }
  }
  return done();
}
