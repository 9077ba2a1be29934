import type { ContactEntry, Partnership } from '../schema';
import { BILAN_DECISIONS, CONTACT_KINDS, ContactEntrySchema, PARTNERSHIP_STATUSES, PartnershipSchema } from '../schema';
import { normalizeHeading } from '../import/columns';
import { readDate } from './dates';
import { BOARD_COLUMNS, BOARD_SHEET, KIND_LABELS, LOG_COLUMNS, LOG_SHEET, STATUS_LABELS, type BoardLine, type Cell, type CellKind, type Column } from './sheet-columns';
import { frenchText } from '../i18n-french';
import { frenchReason } from '../schema/reason-french';

export { BOARD_SHEET, LOG_SHEET, type BoardLine, type Cell, type CellKind } from './sheet-columns';

/**
 * The team's « tableau de suivi »: the follow-up and the contact log as two tables with French
 * headings (sheet-columns.ts), the same for CSV and .xlsx, written and read back by the same column
 * list. Reading runs in a worker: its problems are French from the catalogue (one message per
 * sentence, the file's headings and values inside), which the page shows with translateFrench.
 */

export interface SheetTable {
  name: string;
  headers: string[];
  kinds: CellKind[];
  rows: Cell[][];
}

/** A table read back from a file: every cell as text (dates already `YYYY-MM-DD` when the file held a date). */
export interface ReadTable {
  name: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

export interface SheetProblem {
  /** « Suivi » or « Journal ». */
  sheet: string;
  line?: number;
  message: string;
}

type Row = Record<string, string>;

function table<T>(name: string, columns: Column<T>[], values: readonly T[]): SheetTable {
  return { name, headers: columns.map((c) => c.header), kinds: columns.map((c) => c.kind), rows: values.map((v) => columns.map((c) => c.get(v))) };
}

/** The two tables to export, partners by name and the log by date. */
export function followUpTables(lines: readonly BoardLine[], log: readonly ContactEntry[]): SheetTable[] {
  const names = new Map(lines.map((l) => [l.partnership.partnerId, l.partnership.partnerName]));
  const byName = [...lines].sort((a, b) => a.partnership.partnerName.localeCompare(b.partnership.partnerName, 'fr') || a.partnership.partnerId.localeCompare(b.partnership.partnerId));
  const entries = [...log].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt).map((e) => ({ ...e, partnerName: names.get(e.partnerId) ?? '' }));
  return [table(BOARD_SHEET, BOARD_COLUMNS, byName), table(LOG_SHEET, LOG_COLUMNS, entries)];
}

const plain = (value: string) => normalizeHeading(value);
const byLabel = <K extends string>(labels: Record<K, string>, values: readonly K[]) => {
  const map = new Map<string, K>();
  for (const value of values) {
    map.set(plain(value), value);
    map.set(plain(labels[value]), value);
  }
  return map;
};
const STATUS_BY_LABEL = byLabel(STATUS_LABELS, PARTNERSHIP_STATUSES);
const KIND_BY_LABEL = byLabel(KIND_LABELS, CONTACT_KINDS);
const DECISION_BY_LABEL = new Map(BILAN_DECISIONS.map((d) => [plain(d), d]));

/** What a file holds once read: valid records, and a French message per line that was not. */
export interface ParsedFollowUp {
  partnerships: Partnership[];
  log: ContactEntry[];
  problems: SheetProblem[];
  /** The file's line of each record above (same order), for messages about a record. */
  partnershipLines: number[];
  logLines: number[];
  /** Tables recognised in the file (« Suivi », « Journal »). */
  found: string[];
}

function rowsOf<T>(read: ReadTable, columns: Column<T>[]): { rows: { line: number; row: Row }[]; unknown: string[] } {
  const keyOf = new Map(columns.map((c) => [plain(c.header), c.key]));
  const keys = read.headers.map((h) => keyOf.get(plain(h)));
  const unknown = read.headers.filter((h, i) => h.trim() && !keys[i]);
  const rows = read.rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map(({ line, cells }) => {
      const row: Row = {};
      keys.forEach((key, i) => {
        if (key) row[key] = cells[i] ?? '';
      });
      return { line, row };
    });
  return { rows, unknown };
}

/** A date cell -> `YYYY-MM-DD`, or a message naming the column (French from the catalogue: this runs in a worker, the page translates). */
function dateOf(row: Row, key: string, header: string): { value?: string | null; error?: string } {
  const day = readDate(row[key] ?? '');
  if (day === undefined) return { error: frenchText('sheetNotADate', header, row[key] ?? '') };
  return { value: day === '' ? null : day };
}

/** The first issue of a row, naming its column (`headers` names columns the list does not hold). */
function describe(issues: { path: PropertyKey[]; message: string }[], columns: Column<never>[], headers: Record<string, string> = {}): string {
  const issue = issues[0];
  const key = String(issue.path[issue.path.length - 1] ?? '');
  const header = headers[key] ?? columns.find((c) => c.key === key)?.header ?? key;
  const reason = frenchReason(issue.message);
  return header ? frenchText('sheetColumnReason', header, reason) : reason;
}

/** One problem per heading of the file that is not a column of the table (a list would not translate). */
function ignored(sheet: string, unknown: string[]): SheetProblem[] {
  return unknown.map((heading) => ({ sheet, message: frenchText('sheetIgnoredColumns', heading) }));
}

function readBoard(read: ReadTable, now: number, out: ParsedFollowUp) {
  const { rows, unknown } = rowsOf(read, BOARD_COLUMNS);
  out.problems.push(...ignored(read.name, unknown));
  for (const { line, row } of rows) {
    const fail = (message: string) => out.problems.push({ sheet: read.name, line, message: frenchText('sheetLine', line, message) });
    if (!row.partnerId?.trim()) { fail(frenchText('sheetPartnerIdEmpty')); continue; }
    const status = STATUS_BY_LABEL.get(plain(row.status ?? '')) ?? (row.status?.trim() ? undefined : 'aucun');
    if (!status) { fail(frenchText('sheetUnknownStatus', row.status ?? '')); continue; }
    const dates: Record<string, string | null> = {};
    const bad = ['nextContact', 'debut', 'fin', 'prochainBilan'].map((key) => {
      const result = dateOf(row, key, BOARD_COLUMNS.find((c) => c.key === key)!.header);
      dates[key] = result.value ?? null;
      return result.error;
    }).find(Boolean);
    if (bad) { fail(bad); continue; }
    const conventionFields = ['objet', 'engagementsStructure', 'engagementsPartenaire', 'planAction', 'modalitesSuivi', 'document'];
    const hasConvention = status === 'convention' || conventionFields.some((k) => row[k]?.trim()) || dates.debut || dates.fin || dates.prochainBilan;
    const parsed = PartnershipSchema.safeParse({
      partnerId: row.partnerId.trim(),
      partnerName: row.partnerName ?? '',
      status,
      relanceMonths: row.relanceMonths?.trim() || undefined,
      nextContact: dates.nextContact,
      convention: hasConvention
        ? { ...Object.fromEntries(conventionFields.map((k) => [k, row[k] ?? null])), debut: dates.debut, fin: dates.fin, prochainBilan: dates.prochainBilan }
        : null,
      updatedAt: now,
    });
    if (!parsed.success) { fail(describe(parsed.error.issues, BOARD_COLUMNS as Column<never>[])); continue; }
    if (out.partnerships.some((p) => p.partnerId === parsed.data.partnerId)) { fail(frenchText('sheetPartnerTwice', parsed.data.partnerId)); continue; }
    out.partnerships.push(parsed.data);
    out.partnershipLines.push(line);
  }
}

/** A stable id for a line a colleague typed by hand, so importing the file twice adds it once. */
function lineId(row: Row): string {
  const text = [row.partnerId, row.date, row.kind, row.note].join('\u0001');
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return `import-${(hash >>> 0).toString(36)}`;
}

function readLog(read: ReadTable, now: number, out: ParsedFollowUp) {
  const { rows, unknown } = rowsOf(read, LOG_COLUMNS);
  out.problems.push(...ignored(read.name, unknown));
  for (const { line, row } of rows) {
    const fail = (message: string) => out.problems.push({ sheet: read.name, line, message: frenchText('sheetLine', line, message) });
    if (!row.partnerId?.trim()) { fail(frenchText('sheetPartnerIdEmpty')); continue; }
    const kind = KIND_BY_LABEL.get(plain(row.kind ?? ''));
    if (!kind) { fail(frenchText('sheetUnknownKind', row.kind ?? '')); continue; }
    const date = dateOf(row, 'date', 'Date');
    if (date.error || !date.value) { fail(date.error ?? frenchText('sheetDateEmpty')); continue; }
    const decision = row.decision?.trim() ? DECISION_BY_LABEL.get(plain(row.decision)) : undefined;
    if (row.decision?.trim() && !decision) { fail(frenchText('sheetUnknownDecision', row.decision)); continue; }
    const parsed = ContactEntrySchema.safeParse({
      id: row.id?.trim() || lineId(row),
      partnerId: row.partnerId.trim(),
      date: date.value,
      kind,
      note: row.note ?? '',
      bilan: decision ? { worked: row.worked ?? null, change: row.change ?? null, decision } : null,
      createdAt: now,
    });
    if (!parsed.success) { fail(describe(parsed.error.issues, LOG_COLUMNS as Column<never>[], { bilan: 'Décision' })); continue; }
    out.log.push(parsed.data);
    out.logLines.push(line);
  }
}

/** Which table a sheet is, from its headings: « Statut » means the follow-up, « Type » the log. */
export function parseFollowUpTables(tables: readonly ReadTable[], now = Date.now()): ParsedFollowUp {
  const out: ParsedFollowUp = { partnerships: [], log: [], problems: [], partnershipLines: [], logLines: [], found: [] };
  for (const read of tables) {
    const headings = new Set(read.headers.map(plain));
    if (headings.has(plain('Statut')) && headings.has(plain('Identifiant partenaire'))) {
      out.found.push(BOARD_SHEET);
      readBoard({ ...read, name: BOARD_SHEET }, now, out);
    } else if (headings.has(plain('Type')) && headings.has(plain('Date')) && headings.has(plain('Identifiant partenaire'))) {
      out.found.push(LOG_SHEET);
      readLog({ ...read, name: LOG_SHEET }, now, out);
    }
  }
  if (out.found.length === 0) {
    out.problems.push({ sheet: '', message: frenchText('sheetNoTable') });
  }
  return out;
}
