/**
 * Parser for the subset of the OpenStreetMap `opening_hours` syntax that French
 * directories (data·inclusion `horaires_accueil`) actually contain:
 *
 *   24/7 · weekdays `Mo-Fr`, `Mo,We`, wrapping `Sa-Mo` · `PH` · months `Jul-Aug` ·
 *   time spans `08:30-12:30,13:30-17:00`, spans past midnight `22:00-02:00` / `18:00-26:00` ·
 *   modifiers `off` / `closed` / `open` / `unknown` · comments `"sur rendez-vous"` ·
 *   rule separators `;` (normal), `,` (additional) and `||` (fallback).
 *
 * Anything else (dates like `Dec 25`, `SH`, `Mo[1]`, `sunrise`, open ends `18:00+`,
 * free French text) makes its whole `;`-segment "unparsed": the caller shows that
 * segment verbatim instead of guessing. A segment is all-or-nothing on purpose — a
 * half-understood "Mo-Fr 09:00-12:00 sauf mercredi" would claim Wednesday is open.
 */

/** Minutes from the day's local midnight; `end` may exceed 1440 for spans past midnight. */
export type Interval = [start: number, end: number];

export interface Rule {
  /** 0 = Monday … 6 = Sunday; null when the rule has no weekday selector. */
  weekdays: number[] | null;
  /** The selector names public holidays (`PH`). */
  holiday: boolean;
  /** 0 = January … 11 = December; null = every month. */
  months: number[] | null;
  /** null when no time was given, i.e. the rule covers the whole day. */
  times: Interval[] | null;
  /** `unknown` is what OSM gives a rule that only carries a comment (`Sa "sur rendez-vous"`). */
  state: 'open' | 'closed' | 'unknown';
  comment?: string;
  /** How the rule was joined to the previous one: `;`, `,` or `||`. */
  kind: 'normal' | 'additional' | 'fallback';
}

export interface ParsedHours {
  rules: Rule[];
  /** Segments that were not understood, verbatim and in order. */
  unparsed: string[];
}

const WEEKDAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONTH_CODES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A tiny cursor over one segment: every `eat` is anchored (sticky) at the current position. */
class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  eat(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const match = re.exec(this.text);
    if (match) this.pos = re.lastIndex;
    return match;
  }
  /** Whether `re` matches at the current position, without moving. */
  sees(re: RegExp): boolean {
    re.lastIndex = this.pos;
    return re.test(this.text);
  }
  ws(): void {
    this.eat(/\s+/y);
  }
  done(): boolean {
    return this.pos >= this.text.length;
  }
}

/** Expands `from-to` over a cycle of `size`, wrapping (`Sa-Mo`, `Nov-Feb`). */
function cycleRange(from: number, to: number, size: number): number[] {
  const out: number[] = [];
  for (let i = from; ; i = (i + 1) % size) {
    out.push(i);
    if (i === to) return out;
  }
}

/** `Jan`, `Jul-Aug`, `Jan,Mar-Apr` → month indices, or null if no month is here. */
function parseMonths(c: Cursor): number[] | null {
  const token = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?![a-z])/iy;
  const months = new Set<number>();
  for (;;) {
    const start = c.pos;
    const from = c.eat(token);
    if (!from) {
      c.pos = start;
      break;
    }
    const a = MONTH_CODES.indexOf(from[1].toLowerCase());
    let b = a;
    const dash = c.pos;
    const to = c.eat(/\s*[-–]\s*/y) ? c.eat(token) : null;
    if (to) b = MONTH_CODES.indexOf(to[1].toLowerCase());
    else c.pos = dash;
    for (const m of cycleRange(a, b, 12)) months.add(m);
    const comma = c.pos;
    if (!c.eat(/\s*,\s*/y) || !c.sees(token)) {
      c.pos = comma;
      break;
    }
  }
  return months.size ? [...months].sort((x, y) => x - y) : null;
}

/** `Mo-Fr`, `Mo,We`, `Sa-Mo`, `PH`, `Su,PH` → weekday indices and the PH flag. */
function parseWeekdays(c: Cursor): { weekdays: number[] | null; holiday: boolean } | null {
  const token = /(mo|tu|we|th|fr|sa|su|ph)(?![a-z])/iy;
  const days = new Set<number>();
  let holiday = false;
  let any = false;
  for (;;) {
    const from = c.eat(token);
    if (!from) break;
    any = true;
    const code = from[1].toLowerCase();
    if (code === 'ph') holiday = true;
    else {
      const a = WEEKDAY_CODES.indexOf(code);
      let b = a;
      const dash = c.pos;
      const to = c.eat(/\s*[-–]\s*/y) ? c.eat(/(mo|tu|we|th|fr|sa|su)(?![a-z])/iy) : null;
      if (to) b = WEEKDAY_CODES.indexOf(to[1].toLowerCase());
      else c.pos = dash;
      for (const d of cycleRange(a, b, 7)) days.add(d);
    }
    // A comma continues the list only if another day follows; otherwise it separates rules.
    const comma = c.pos;
    if (!c.eat(/\s*,\s*/y) || !c.sees(token)) {
      c.pos = comma;
      break;
    }
  }
  if (!any) return null;
  return { weekdays: days.size ? [...days].sort((x, y) => x - y) : null, holiday };
}

/** `08:30`, lenient `8:30` and `8h30` / `8h` (seen in hand-typed records) → minutes. */
function parseTime(c: Cursor, maxHour: number): number | null {
  const m = c.eat(/(\d{1,2})(?::(\d{2})|[hH](\d{2})?)/y);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? 0);
  if (hours > maxHour || minutes > 59) return null;
  return hours * 60 + minutes;
}

function parseSpan(c: Cursor): Interval | null {
  const start = parseTime(c, 24);
  if (start === null || start >= 1440) return null;
  if (!c.eat(/\s*[-–—]\s*/y)) return null;
  let end = parseTime(c, 48);
  if (end === null || end > 2880) return null;
  // OSM reads an end at or before the start as "past midnight" (22:00-02:00).
  if (end <= start) end += 1440;
  if (end - start > 1440) return null;
  return [start, end];
}

function parseTimes(c: Cursor): Interval[] | null {
  const first = parseSpan(c);
  if (!first) return null;
  const spans = [first];
  for (;;) {
    const before = c.pos;
    c.eat(/\s*,?\s*/y);
    const span = parseSpan(c);
    if (!span) {
      c.pos = before;
      return spans;
    }
    spans.push(span);
  }
}

function parseRule(c: Cursor, kind: Rule['kind']): Rule | null {
  c.ws();
  const begin = c.pos;
  const rule: Rule = { weekdays: null, holiday: false, months: null, times: null, state: 'open', kind };
  if (c.eat(/24\/7(?![\d])/y)) {
    rule.times = [[0, 1440]];
  } else {
    rule.months = parseMonths(c);
    if (rule.months) c.ws();
    const wd = parseWeekdays(c);
    if (wd) {
      rule.weekdays = wd.weekdays;
      rule.holiday = wd.holiday;
      // `Mo-Fr: 09:00-12:00` is a common slip that the spec tolerates as "separator for readability".
      c.eat(/\s*:?\s*/y);
    }
    const before = c.pos;
    rule.times = parseTimes(c);
    if (!rule.times) c.pos = before;
  }
  c.ws();
  const modifier = c.eat(/(open|closed|off|unknown)(?![a-z])/iy);
  c.ws();
  const comment = c.eat(/["“”]([^"“”]*)["“”]/y);
  if (c.pos === begin) return null;
  if (comment) {
    // An empty comment must not turn `Sa ""` into "open all Saturday".
    if (!comment[1].trim()) return null;
    rule.comment = comment[1].trim();
  }
  const word = modifier?.[1].toLowerCase();
  if (word === 'off' || word === 'closed') rule.state = 'closed';
  else if (word === 'unknown' || (!word && !rule.times && rule.comment)) rule.state = 'unknown';
  return rule;
}

/** One `;` or `||` segment: a rule, possibly followed by `,`-joined additional rules. */
function parseSegment(text: string, kind: Rule['kind']): Rule[] | null {
  const c = new Cursor(text);
  const rules: Rule[] = [];
  for (let k = kind; ; k = 'additional') {
    const rule = parseRule(c, k);
    if (!rule) return null;
    rules.push(rule);
    c.ws();
    if (c.done()) return rules;
    if (!c.eat(/,\s*/y)) return null;
  }
}

/** Splits on `;` and `||` outside quoted comments, remembering which separator came first. */
function splitSegments(raw: string): Array<{ text: string; kind: Rule['kind'] }> {
  const out: Array<{ text: string; kind: Rule['kind'] }> = [];
  let kind: Rule['kind'] = 'normal';
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= raw.length; i++) {
    const ch = raw[i];
    if (ch === '"' || ch === '“' || ch === '”') quoted = ch === '“' ? true : ch === '”' ? false : !quoted;
    const isEnd = i === raw.length;
    const isFallback = !quoted && ch === '|' && raw[i + 1] === '|';
    if (isEnd || (!quoted && ch === ';') || isFallback) {
      const text = raw.slice(start, i).trim();
      if (text) out.push({ text, kind });
      kind = isFallback ? 'fallback' : 'normal';
      if (isFallback) i++;
      start = i + 1;
    }
  }
  return out;
}

/** Parses `raw`; never throws. Unknown segments land in `unparsed`, verbatim. */
export function parseOpeningHours(raw: string): ParsedHours {
  const rules: Rule[] = [];
  const unparsed: string[] = [];
  for (const segment of splitSegments(raw)) {
    const parsed = parseSegment(segment.text, segment.kind);
    if (parsed) rules.push(...parsed);
    else unparsed.push(segment.text);
  }
  return { rules, unparsed };
}
