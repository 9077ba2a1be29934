import { detectNeeds, type DetectedNeed } from './detect-needs';
import { StatementReader, type Statement } from './page-statements';
import { classify } from './page-status';
import { isDataLabel, isOthersSection, isToolText } from './tool-words';

/** A need of the file with every place that showed it (kept in the page's memory only). */
export interface PageNeed extends DetectedNeed {
  shownBy: Array<{ source: Element; evidence: string }>;
}

/**
 * Needs already found for a statement, by its kind, status and text: a page read again while the
 * counsellor types judges only what changed. Kept by the caller (the content script, in the page's
 * memory) and dropped with it.
 */
export type StatementCache = Map<string, DetectedNeed[]>;
const CACHE_LIMIT = 5000;

export interface ReadPageOptions {
  /**
   * Read the computed style (display/visibility) of each element. Default: only when the page
   * has layout (a real browser); a DOM without layout (happy-dom) is read from attributes and
   * inline styles alone.
   */
  computedStyle?: boolean;
  cache?: StatementCache;
}

/** Containers of many statements: a badge directly inside one belongs to the line before it. */
const LIST_CONTAINERS = new Set(['DL', 'TABLE', 'TBODY', 'THEAD', 'UL', 'OL', 'SECTION', 'ARTICLE', 'MAIN', 'FORM', 'FIELDSET', 'BODY']);
const MAX_ROW_STATEMENTS = 4;
const MAX_CLIMB = 6;

function hasLayout(root: Document | Element): boolean {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const html = doc.documentElement as HTMLElement | null;
  return Boolean(html && html.clientWidth > 0 && typeof doc.defaultView?.getComputedStyle === 'function');
}

function readerFor(root: Document | Element, options: ReadPageOptions): StatementReader {
  return new StatementReader({ computedStyle: options.computedStyle ?? hasLayout(root) });
}

/** A badge-only block (« Point fort » in its own cell or paragraph) gives its status to its row. */
function applyBadges(statements: Statement[]): void {
  statements.forEach((badge, i) => {
    if (!badge.badgeOnly) return;
    let container = badge.source.parentElement;
    for (let level = 0; container && level < MAX_CLIMB; level++, container = container.parentElement) {
      let lo = i;
      let hi = i;
      while (lo > 0 && container.contains(statements[lo - 1].source)) lo--;
      while (hi < statements.length - 1 && container.contains(statements[hi + 1].source)) hi++;
      const row: number[] = [];
      for (let j = lo; j <= hi; j++) if (!statements[j].badgeOnly) row.push(j);
      if (row.length === 0) continue;
      const tag = container.tagName.toUpperCase();
      if (tag === 'TR' || container.getAttribute('role') === 'row') {
        // A table row's status cell (« Statut » : Réalisée, En cours) is the status of every cell of the row.
        for (const j of row) statements[j].status ??= badge.status;
      } else if (LIST_CONTAINERS.has(tag) || row.length > MAX_ROW_STATEMENTS) {
        const before = row.filter((j) => j < i);
        const target = before.length > 0 ? before[before.length - 1] : row[0];
        statements[target].status ??= badge.status;
      } else {
        for (const j of row) statements[j].status ??= badge.status;
      }
      return;
    }
  });
}

/**
 * A field label alone in its block (rdv-insertion's `<h4>`, Carnet de bord's `<strong>` before a
 * `<p>`): the label is not read, nor its value when the value is data (an identifier, an address,
 * a job title). Its value is the block just inside it (read before it) or its next sibling.
 */
function applyLabels(statements: Statement[]): void {
  const headers = new Map<Element, string[]>();
  statements.forEach((statement, i) => {
    if (statement.badgeOnly) return;
    // A cell, or a block right inside one (no climb: this runs for every statement of a large file).
    const source = statement.source;
    const parent = source.parentElement;
    const cell = source.tagName === 'TD' ? source : parent?.tagName === 'TD' ? parent : null;
    if (cell && isDataLabel(columnHeader(cell, headers))) statement.status = 'none';
    if (isOthersSection(statement.text)) {
      statement.status = 'none';
      // The section it titles: the nearest ancestor holding the statements after it.
      let section = statement.source.parentElement;
      const next = statements[i + 1];
      for (let level = 0; section && next && level < 3 && !section.contains(next.source); level++) section = section.parentElement;
      for (let j = i + 1; section && j < statements.length && section.contains(statements[j].source); j++) statements[j].status = 'none';
      return;
    }
    if (statement.label !== undefined || !isDataLabel(statement.text)) return;
    statement.status = 'none';
    const before = statements[i - 1];
    const after = statements[i + 1];
    if (before && !before.badgeOnly && source.contains(before.source) && before.source !== source) before.status = 'none';
    else if (after && after.kind !== 'heading' && after.source.parentElement === source.parentElement) after.status = 'none';
  });
}

/** The header of a table cell's column (« Structure », « Statut »), read once per table. */
function columnHeader(cell: Element, cache: Map<Element, string[]>): string {
  const table = cell.closest('table');
  const index = (cell as HTMLTableCellElement).cellIndex;
  if (!table || typeof index !== 'number' || index < 0) return '';
  let names = cache.get(table);
  if (!names) {
    const head = table.querySelector('thead tr') ?? table.querySelector('tr');
    names = head ? Array.from(head.children).map((th) => (th.tagName.toUpperCase() === 'TH' ? (th.textContent ?? '').replace(/\s+/g, ' ').trim() : '')) : [];
    cache.set(table, names);
  }
  return names[index] ?? '';
}

/** The needs one statement shows, judged by its kind and status. */
function needsOf(statement: Statement): DetectedNeed[] {
  if (statement.badgeOnly || statement.status === 'none' || !statement.text) return [];
  // A value after its field label: read unless the label names data (an identifier, an address, a CV).
  if (statement.label !== undefined && isDataLabel(statement.label)) return [];
  if (statement.kind !== 'free' && isToolText(statement.text)) return [];
  // An address is where the person lives or is domiciled, data of the file.
  if (statement.source.tagName.toUpperCase() === 'ADDRESS') return [];
  if (statement.kind === 'free') return detectNeeds(statement.text);
  const { plainFact, themeName } = classify(statement.text);
  if (plainFact) return [];
  // A heading or a theme's name alone says no difficulty, unless a badge or a box says « Besoin ».
  if ((statement.kind === 'heading' || themeName) && statement.status !== 'need') return [];
  return detectNeeds(statement.text);
}

/** Statements of the page, with the status of badges given to their rows. */
export function readStatements(root: Document | Element, options: ReadPageOptions = {}): Statement[] {
  const statements = readerFor(root, options).read(root);
  applyBadges(statements);
  applyLabels(statements);
  return statements;
}

function cachedNeedsOf(statement: Statement, cache: StatementCache | undefined): DetectedNeed[] {
  if (!cache) return needsOf(statement);
  const key = `${statement.kind}|${statement.status ?? ''}|${statement.badgeOnly ? 'b' : ''}|${statement.label ?? ''}|${statement.text}`;
  let needs = cache.get(key);
  if (!needs) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    needs = needsOf(statement);
    cache.set(key, needs);
  }
  return needs;
}

/** Adds one statement's needs to the file's needs, one per category and thematique. */
export function collectNeeds(found: Map<string, PageNeed>, statement: Statement, cache?: StatementCache): void {
  for (const need of cachedNeedsOf(statement, cache)) {
    const key = `${need.category}|${need.thematique ?? ''}`;
    const known = found.get(key);
    if (known) known.shownBy.push({ source: statement.source, evidence: need.evidence });
    else found.set(key, { ...need, shownBy: [{ source: statement.source, evidence: need.evidence }] });
  }
}

/** The file's needs: a category named without thematique is dropped when a precise one exists. */
export function finishNeeds(found: Map<string, PageNeed>): PageNeed[] {
  const needs = [...found.values()];
  const precise = new Set(needs.filter((n) => n.thematique).map((n) => n.category));
  return needs.filter((n) => n.thematique || !precise.has(n.category));
}

/** The needs of the file on screen with where each was shown (for highlights, in the page only). */
export function readPageNeedsWithSources(root: Document | Element, options: ReadPageOptions = {}): PageNeed[] {
  const found = new Map<string, PageNeed>();
  // Without the caller's cache, one for this reading: a statement repeated in the file is judged once.
  const cache = options.cache ?? new Map();
  for (const statement of readStatements(root, options)) collectNeeds(found, statement, cache);
  return finishNeeds(found);
}

/**
 * The needs of the file shown in a case-management page: main content only (no navigation,
 * menus, templates, closed dialogs or hidden parts), the values of its fields (typed text,
 * checked boxes, chosen options; never passwords), one statement per row, item, term or label
 * with its badge, judged by its status (« Point fort », « Non exploré » are not needs).
 * Pure: reads the DOM, changes nothing, keeps nothing.
 */
export function readPageNeeds(root: Document | Element, options: ReadPageOptions = {}): DetectedNeed[] {
  return readPageNeedsWithSources(root, options).map(({ shownBy: _, ...need }) => need);
}

/**
 * The same reading split into short slices so the host page never sees a long task: the DOM is
 * walked a slice at a time, then statements are judged a slice at a time, `pause()` between
 * slices. A reading cancelled meanwhile (the page changed, another reading began) stops there.
 */
export async function readPageNeedsSliced(
  root: Document | Element,
  pause: () => Promise<void>,
  options: ReadPageOptions & { sliceMs?: number; now?: () => number; isCancelled?: () => boolean } = {},
): Promise<PageNeed[] | undefined> {
  const now = options.now ?? (() => Date.now());
  const sliceMs = options.sliceMs ?? 10;
  let sliceStart = now();
  const sliceOver = () => now() - sliceStart > sliceMs;
  const nextSlice = async () => {
    await pause();
    sliceStart = now();
    return !options.isCancelled?.();
  };
  const reader = readerFor(root, options);
  reader.start(root);
  while (!reader.step(sliceOver)) if (!(await nextSlice())) return undefined;
  const statements = reader.statements;
  applyBadges(statements);
  applyLabels(statements);
  const found = new Map<string, PageNeed>();
  const cache = options.cache ?? new Map();
  for (const statement of statements) {
    if (sliceOver() && !(await nextSlice())) return undefined;
    collectNeeds(found, statement, cache);
  }
  return finishNeeds(found);
}
