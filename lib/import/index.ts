import { keyedProblem } from '../schema/problem';
import type { ImportProblem, Partner } from '../schema';
import { parseDataInclusion } from '../directory';
import { decodeBytes, type TextEncodingName } from './decode';
import { csvToRecords, type CsvDelimiter } from './csv';
import { jsonToRecords } from './json';

export interface ImportResult {
  partners: Partner[];
  problems: ImportProblem[];
  format: 'json' | 'csv' | 'unknown';
  encoding?: TextEncodingName;
  delimiter?: CsvDelimiter;
  /** Structures read from the file(s), kept or not. */
  recordCount: number;
  /** Services read from the file(s), kept or not. */
  serviceRecordCount: number;
}

export interface ImportOptions {
  /** `date_maj` for a spreadsheet without such a column (AAAA-MM-JJ); defaults to today. */
  today?: string;
  /** Called now and then while validating, with the share done (0…1). */
  onProgress?: (fraction: number) => void;
}

export interface NamedBytes {
  bytes: Uint8Array;
  name: string;
}

/** A file over this size is refused before reading: it would not fit in a page's memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const todayIso = () => new Date().toISOString().slice(0, 10);

function sourceFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'import';
}

function formatOf(fileName: string, text: string): 'json' | 'csv' {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Prefixes the file name to a problem when several files are read together. */
const inFile = (name: string, several: boolean) => (problem: ImportProblem): ImportProblem =>
  several ? { ...problem, file: name, message: `${name} — ${problem.message}` } : problem;

/**
 * One or several files (the data·inclusion structures and services files chosen together)
 * -> partners and the problems, in French, with line and field. Never throws on user data.
 */
export function parseDirectoryFiles(files: readonly NamedBytes[], options: ImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const input = { structures: [] as unknown[], services: [] as unknown[], structureLines: [] as number[], serviceLines: [] as number[] };
  let format: ImportResult['format'] = 'unknown';
  let encoding: TextEncodingName | undefined;
  let delimiter: CsvDelimiter | undefined;
  const several = files.length > 1;
  if (files.length === 0) problems.push(keyedProblem('importNoFile', [], { severity: 'rejected' }));

  for (const file of files) {
    const note = inFile(file.name, several);
    if (file.bytes.length > MAX_IMPORT_BYTES) {
      problems.push(note(keyedProblem('importTooBig', [Math.round(file.bytes.length / 1048576), MAX_IMPORT_BYTES / 1048576], { severity: 'rejected' })));
      continue;
    }
    const decoded = decodeBytes(file.bytes);
    if (!decoded.ok) {
      problems.push(note(keyedProblem(decoded.key, [], { severity: 'rejected' })));
      continue;
    }
    encoding ??= decoded.encoding;
    const fileFormat = formatOf(file.name, decoded.text);
    format = format === 'unknown' || format === fileFormat ? fileFormat : format;
    const append = (structures: unknown[] = [], structureLines: number[] = [], services: unknown[] = [], serviceLines: number[] = []) => {
      // Lines stay aligned with records even when a list has no known lines.
      structures.forEach((record, i) => { input.structures.push(record); input.structureLines.push(structureLines[i] ?? NaN); });
      services.forEach((record, i) => { input.services.push(record); input.serviceLines.push(serviceLines[i] ?? NaN); });
    };
    if (fileFormat === 'json') {
      const records = jsonToRecords(decoded.text);
      problems.push(...records.problems.map(note));
      append(records.structures?.records, records.structures?.lines, records.services?.records, records.services?.lines);
    } else {
      const records = csvToRecords(decoded.text, { defaultSource: sourceFromFileName(file.name), today: options.today ?? todayIso() });
      delimiter ??= records.delimiter;
      problems.push(...records.problems.map(note));
      append(records.structures, records.structureLines, records.services, records.serviceLines);
    }
  }

  if (input.structures.length === 0) {
    if (input.services.length > 0) {
      problems.push(keyedProblem('importOnlyServices', [], { field: 'structures', severity: 'rejected' }));
    } else if (!problems.some((p) => p.severity === 'rejected')) {
      problems.push(keyedProblem('importNoStructure', [], { severity: 'rejected' }));
    }
    return { partners: [], problems, format, encoding, delimiter, recordCount: 0, serviceRecordCount: input.services.length };
  }
  const fixLines = (lines: number[]) => lines.map((l) => (Number.isNaN(l) ? undefined : l)) as number[];
  const result = parseDataInclusion({
    structures: input.structures,
    services: input.services,
    structureLines: fixLines(input.structureLines),
    serviceLines: fixLines(input.serviceLines),
    onProgress: options.onProgress,
  });
  return { partners: result.partners, problems: [...problems, ...result.problems], format, encoding, delimiter, recordCount: input.structures.length, serviceRecordCount: input.services.length };
}

/** The contract of ARCHITECTURE.md: one file's bytes -> partners and problems. */
export function parseDirectoryFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  return parseDirectoryFiles([{ bytes, name: fileName }], options);
}

export { CSV_COLUMNS, columnOfHeading, normalizeHeading, type ColumnSpec } from './columns';
export { decodeBytes } from './decode';
export { summarizeImport, describeProblem, formatImportReport, type ImportSummary } from './report';
export { toDataInclusion } from './to-data-inclusion';
export { csvTemplate } from './template';
