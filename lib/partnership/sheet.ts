import type { ContactEntry, ContactKind, Partnership, PartnershipStatus } from '../schema';
import { BILAN_DECISIONS, CONTACT_KINDS, ContactEntrySchema, PARTNERSHIP_STATUSES, PartnershipSchema } from '../schema';
import { normalizeHeading } from '../import/columns';
import { readDate } from './dates';
import { dueFor, standingOf, type DueKind } from './due';

/**
 * The team's « tableau de suivi »: the follow-up and the contact log as two tables with French
 * headings, the same for CSV and .xlsx, written and read back by the same column list.
 */

export type CellKind = 'text' | 'date' | 'number';
/** A cell as the writers receive it: dates as `YYYY-MM-DD` in a 'date' column. */
export type Cell = string | number | null;

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

export const BOARD_SHEET = 'Suivi';
export const LOG_SHEET = 'Journal';

const STATUS_LABELS: Record<PartnershipStatus, string> = { aucun: 'aucun', contact: 'contact', informel: 'partenariat informel', convention: 'convention' };
const KIND_LABELS: Record<ContactKind, string> = {
  appel: 'appel', courriel: 'courriel', rencontre: 'rencontre', reunion: 'réunion partenariale', orientation: 'orientation faite', bilan: 'bilan annuel',
};
const DUE_LABELS: Record<DueKind, string> = {
  'convention-end': 'convention qui se termine', review: 'bilan prévu', 'no-bilan': 'pas de bilan depuis plus d’un an',
  'next-contact': 'contact prévu', relance: 'à relancer', 'never-contacted': 'favori jamais contacté',
};

type Row = Record<string, string>;
interface Column<T> {
  key: string;
  header: string;
  kind: CellKind;
  get: (value: T) => Cell;
  /** Columns only written for the reader (computed); ignored on import. */
  computed?: boolean;
}

export interface BoardLine {
  partnership: Partnership;
  commune: string;
  entries: readonly ContactEntry[];
  isFavourite: boolean;
  today: string;
}

const BOARD_COLUMNS: Column<BoardLine>[] = [
  { key: 'partnerId', header: 'Identifiant partenaire', kind: 'text', get: (l) => l.partnership.partnerId },
  { key: 'partnerName', header: 'Partenaire', kind: 'text', get: (l) => l.partnership.partnerName },
  { key: 'commune', header: 'Commune', kind: 'text', get: (l) => l.commune, computed: true },
  { key: 'status', header: 'Statut', kind: 'text', get: (l) => STATUS_LABELS[l.partnership.status] },
  { key: 'relanceMonths', header: 'À relancer après (mois)', kind: 'number', get: (l) => l.partnership.relanceMonths },
  { key: 'nextContact', header: 'Prochain contact', kind: 'date', get: (l) => l.partnership.nextContact },
  { key: 'lastContact', header: 'Dernier contact', kind: 'date', get: (l) => standingOf(l.partnership, l.entries).lastContact, computed: true },
  { key: 'relanceOn', header: 'À relancer le', kind: 'date', get: (l) => standingOf(l.partnership, l.entries).relanceOn, computed: true },
  {
    key: 'due', header: 'À faire', kind: 'text', computed: true,
    get: (l) => dueFor(l.partnership.partnerId, l.partnership, l.entries, l.isFavourite, l.today).map((i) => DUE_LABELS[i.kind]).join(', '),
  },
  { key: 'objet', header: 'Objet de la convention', kind: 'text', get: (l) => l.partnership.convention?.objet ?? null },
  { key: 'engagementsStructure', header: 'Nos engagements', kind: 'text', get: (l) => l.partnership.convention?.engagementsStructure ?? null },
  { key: 'engagementsPartenaire', header: 'Engagements du partenaire', kind: 'text', get: (l) => l.partnership.convention?.engagementsPartenaire ?? null },
  { key: 'debut', header: 'Début de la convention', kind: 'date', get: (l) => l.partnership.convention?.debut ?? null },
  { key: 'fin', header: 'Fin de la convention', kind: 'date', get: (l) => l.partnership.convention?.fin ?? null },
  { key: 'planAction', header: 'Plan d’action', kind: 'text', get: (l) => l.partnership.convention?.planAction ?? null },
  { key: 'modalitesSuivi', header: 'Modalités de suivi et d’évaluation', kind: 'text', get: (l) => l.partnership.convention?.modalitesSuivi ?? null },
  { key: 'prochainBilan', header: 'Prochain bilan', kind: 'date', get: (l) => l.partnership.convention?.prochainBilan ?? null },
  { key: 'document', header: 'Document de la convention', kind: 'text', get: (l) => l.partnership.convention?.document ?? null },
];

const LOG_COLUMNS: Column<ContactEntry & { partnerName: string }>[] = [
  { key: 'id', header: 'Identifiant', kind: 'text', get: (e) => e.id },
  { key: 'partnerId', header: 'Identifiant partenaire', kind: 'text', get: (e) => e.partnerId },
  { key: 'partnerName', header: 'Partenaire', kind: 'text', get: (e) => e.partnerName, computed: true },
  { key: 'date', header: 'Date', kind: 'date', get: (e) => e.date },
  { key: 'kind', header: 'Type', kind: 'text', get: (e) => KIND_LABELS[e.kind] },
  { key: 'note', header: 'Note', kind: 'text', get: (e) => e.note },
  { key: 'worked', header: 'Ce qui a fonctionné', kind: 'text', get: (e) => e.bilan?.worked ?? null },
  { key: 'change', header: 'Ce qui est à changer', kind: 'text', get: (e) => e.bilan?.change ?? null },
  { key: 'decision', header: 'Décision', kind: 'text', get: (e) => (e.bilan ? e.bilan.decision.replace('arreter', 'arrêter') : null) },
];

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

/** A date cell -> `YYYY-MM-DD`, or a French message naming the column. */
function dateOf(row: Row, key: string, header: string): { value?: string | null; error?: string } {
  const day = readDate(row[key] ?? '');
  if (day === undefined) return { error: `colonne « ${header} » : « ${row[key]} » n’est pas une date (JJ/MM/AAAA)` };
  return { value: day === '' ? null : day };
}

function describe(issues: { path: PropertyKey[]; message: string }[], columns: Column<never>[]): string {
  const issue = issues[0];
  const key = String(issue.path[issue.path.length - 1] ?? '');
  const header = columns.find((c) => c.key === key)?.header ?? key;
  return header ? `colonne « ${header} » : ${issue.message}` : issue.message;
}

function readBoard(read: ReadTable, now: number, out: ParsedFollowUp) {
  const { rows, unknown } = rowsOf(read, BOARD_COLUMNS);
  if (unknown.length > 0) out.problems.push({ sheet: read.name, message: `Colonnes ignorées : ${unknown.map((u) => `« ${u} »`).join(', ')}` });
  for (const { line, row } of rows) {
    const fail = (message: string) => out.problems.push({ sheet: read.name, line, message: `Ligne ${line} : ${message}` });
    if (!row.partnerId?.trim()) { fail('colonne « Identifiant partenaire » vide'); continue; }
    const status = STATUS_BY_LABEL.get(plain(row.status ?? '')) ?? (row.status?.trim() ? undefined : 'aucun');
    if (!status) { fail(`colonne « Statut » : « ${row.status} » inconnu (aucun, contact, partenariat informel, convention)`); continue; }
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
    if (out.partnerships.some((p) => p.partnerId === parsed.data.partnerId)) { fail(`le partenaire « ${parsed.data.partnerId} » figure déjà plus haut`); continue; }
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
  if (unknown.length > 0) out.problems.push({ sheet: read.name, message: `Colonnes ignorées : ${unknown.map((u) => `« ${u} »`).join(', ')}` });
  for (const { line, row } of rows) {
    const fail = (message: string) => out.problems.push({ sheet: read.name, line, message: `Ligne ${line} : ${message}` });
    if (!row.partnerId?.trim()) { fail('colonne « Identifiant partenaire » vide'); continue; }
    const kind = KIND_BY_LABEL.get(plain(row.kind ?? ''));
    if (!kind) { fail(`colonne « Type » : « ${row.kind ?? ''} » inconnu (appel, courriel, rencontre, réunion partenariale, orientation faite, bilan annuel)`); continue; }
    const date = dateOf(row, 'date', 'Date');
    if (date.error || !date.value) { fail(date.error ?? 'colonne « Date » vide'); continue; }
    const decision = row.decision?.trim() ? DECISION_BY_LABEL.get(plain(row.decision)) : undefined;
    if (row.decision?.trim() && !decision) { fail(`colonne « Décision » : « ${row.decision} » inconnue (renouveler, modifier, arrêter)`); continue; }
    const parsed = ContactEntrySchema.safeParse({
      id: row.id?.trim() || lineId(row),
      partnerId: row.partnerId.trim(),
      date: date.value,
      kind,
      note: row.note ?? '',
      bilan: decision ? { worked: row.worked ?? null, change: row.change ?? null, decision } : null,
      createdAt: now,
    });
    if (!parsed.success) { fail(describe(parsed.error.issues, LOG_COLUMNS as Column<never>[]).replace('colonne « bilan »', 'colonne « Décision »')); continue; }
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
    out.problems.push({ sheet: '', message: 'Aucun tableau de suivi reconnu : la première ligne doit porter les en-têtes « Identifiant partenaire » et « Statut » (suivi) ou « Date » et « Type » (journal), comme dans un export de Repère.' });
  }
  return out;
}
