/**
 * Parser for the subset of the OpenStreetMap `opening_hours` syntax that French
 * directories (data·inclusion `horaires_accueil`) actually contain:
 *
 *   24/7 · weekdays `Mo-Fr`, `Mo,We`, wrapping `Sa-Mo`, nth of the month `Sa[1,3]`, `Fr[-1]` · `PH` ·
 *   months `Jul-Aug`, `Apr:` · month days `Dec 25`, `Dec 25-Jan 1`, `Aug 01-Aug 21`, `Aug 01-21`,
 *   `Dec 24,Dec 31` · time spans `08:30-12:30,13:30-17:00`, past midnight `22:00-02:00` / `18:00-26:00` ·
 *   modifiers `open` / `closed` / `off` / `unknown` and French `fermé` · comments `"sur rendez-vous"` ·
 *   rule separators `;` (normal), `,` (additional) and `||` (fallback); a trailing `;` or `,`.
 *
 * Anything else (years, `SH`, `week`, `sunrise`, open ends `18:00+`, free French text) makes its
 * whole segment "unparsed", and the caller then refuses to say open or closed: a half-understood
 * string is a guess, and a counsellor sends people across town on what the card says.
 */

/** Minutes from the day's local midnight; `end` may exceed 1440 for spans past midnight. */
export type Interval = [start: number, end: number];

/** A calendar day without a year: month 0 = January, day 1–31. */
export interface MonthDay {
  month: number;
  day: number;
}

/** Inclusive, may wrap over the year end (`Dec 25-Jan 1`). */
export interface DateRange {
  from: MonthDay;
  to: MonthDay;
  /** Written as whole months (`Aug`, `Jul-Aug`): described with month names only. */
  wholeMonths: boolean;
}

export interface Rule {
  /** 0 = Monday … 6 = Sunday; null when the rule has no plain weekday selector. */
  weekdays: number[] | null;
  /** `Sa[1,3]`: weekdays that only match on the nth (1…5, or -1… from the end) of their month. */
  nthWeekdays: Array<{ weekday: number; nth: number[] }> | null;
  /** The selector names public holidays (`PH`). */
  holiday: boolean;
  /** Calendar ranges the rule is limited to; null = the whole year. */
  dates: DateRange[] | null;
  /** null when no time was given, i.e. the rule covers the whole day. */
  times: Interval[] | null;
  /** A comment without `open` is `unknown`, as in the reference implementation. */
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
const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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

/** Expands `from-to` over a cycle of `size`, wrapping (`Sa-Mo`). */
function cycleRange(from: number, to: number, size: number): number[] {
  const out: number[] = [];
  for (let i = from; ; i = (i + 1) % size) {
    out.push(i);
    if (i === to) return out;
  }
}

const MONTH = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?![a-z])/iy;

function monthOf(match: RegExpExecArray): number {
  return MONTH_CODES.indexOf(match[1].toLowerCase());
}

/** ` 25` after a month (not the start of a time `25:00` or `8h`); null if no day number here. */
function dayNumber(c: Cursor, month: number): number | null {
  const start = c.pos;
  const m = c.eat(/\s*(\d{1,2})(?![\d:hH.])/y);
  if (!m) return null;
  const day = Number(m[1]);
  if (day < 1 || day > MONTH_LENGTHS[month]) {
    c.pos = start;
    return null;
  }
  return day;
}

/** One `Aug`, `Jul-Aug`, `Dec 25`, `Dec 25-Jan 1`, `Aug 01-21` item; null (cursor kept) if none. */
function parseDateItem(c: Cursor): DateRange | null | 'invalid' {
  const start = c.pos;
  const from = c.eat(MONTH);
  if (!from) return null;
  const fromMonth = monthOf(from);
  const fromDay = dayNumber(c, fromMonth);
  const dash = c.pos;
  if (c.eat(/\s*[-–]\s*/y)) {
    const toMatch = c.eat(MONTH);
    if (toMatch) {
      const toMonth = monthOf(toMatch);
      const toDay = dayNumber(c, toMonth);
      // `Dec 25-Jan` or `Dec-Jan 1` mixes the two forms: not something we would read right.
      if ((fromDay === null) !== (toDay === null)) return 'invalid';
      if (fromDay === null) {
        return { from: { month: fromMonth, day: 1 }, to: { month: toMonth, day: MONTH_LENGTHS[toMonth] }, wholeMonths: true };
      }
      return { from: { month: fromMonth, day: fromDay }, to: { month: toMonth, day: toDay! }, wholeMonths: false };
    }
    if (fromDay !== null) {
      const toDay = dayNumber(c, fromMonth);
      if (toDay !== null) return { from: { month: fromMonth, day: fromDay }, to: { month: fromMonth, day: toDay }, wholeMonths: false };
    }
    c.pos = dash;
    if (c.pos === start) return null;
  }
  if (fromDay === null) {
    return { from: { month: fromMonth, day: 1 }, to: { month: fromMonth, day: MONTH_LENGTHS[fromMonth] }, wholeMonths: true };
  }
  return { from: { month: fromMonth, day: fromDay }, to: { month: fromMonth, day: fromDay }, wholeMonths: false };
}

/** A comma list of date items, then an optional `:`; 'invalid' when a date is half-written. */
function parseDates(c: Cursor): DateRange[] | null | 'invalid' {
  const ranges: DateRange[] = [];
  for (;;) {
    const item = parseDateItem(c);
    if (item === 'invalid') return 'invalid';
    if (!item) break;
    ranges.push(item);
    const comma = c.pos;
    if (!c.eat(/\s*,\s*/y) || !c.sees(MONTH)) {
      c.pos = comma;
      break;
    }
  }
  if (!ranges.length) return null;
  // `Apr: Mo-Fr …` — the colon is the spec's "separator for readability".
  c.eat(/\s*:/y);
  return ranges;
}

/** `[1,3]`, `[-1]`, `[1-2]` after a weekday; null if malformed. */
function parseNth(c: Cursor): number[] | null {
  const m = c.eat(/\[\s*([-\d\s,]+)\]/y);
  if (!m) return null;
  const out = new Set<number>();
  for (const part of m[1].split(',')) {
    const range = /^\s*(-?[1-5])\s*(?:-\s*([1-5]))?\s*$/.exec(part);
    if (!range) return null;
    const a = Number(range[1]);
    const b = range[2] ? Number(range[2]) : a;
    if (a < 0 ? range[2] : b < a) return null;
    for (let k = a; k <= b; k++) out.add(k);
  }
  return [...out].sort((x, y) => x - y);
}

interface Weekdays {
  weekdays: number[] | null;
  nthWeekdays: Rule['nthWeekdays'];
  holiday: boolean;
}

/** `Mo-Fr`, `Mo,We`, `Sa-Mo`, `Sa[1,3]`, `PH`, `Su,PH`; null if no selector, 'invalid' if malformed. */
function parseWeekdays(c: Cursor): Weekdays | null | 'invalid' {
  const token = /(mo|tu|we|th|fr|sa|su|ph)(?![a-z])/iy;
  const days = new Set<number>();
  const nthWeekdays: NonNullable<Rule['nthWeekdays']> = [];
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
      if (c.sees(/\[/y)) {
        const nth = parseNth(c);
        if (!nth) return 'invalid';
        nthWeekdays.push({ weekday: a, nth });
      } else {
        let b = a;
        const dash = c.pos;
        const to = c.eat(/\s*[-–]\s*/y) ? c.eat(/(mo|tu|we|th|fr|sa|su)(?![a-z])/iy) : null;
        if (to) b = WEEKDAY_CODES.indexOf(to[1].toLowerCase());
        else c.pos = dash;
        if (c.sees(/\[/y)) return 'invalid'; // `Mo-Fr[1]` is not valid OSM: never guess it.
        for (const d of cycleRange(a, b, 7)) days.add(d);
      }
    }
    // A comma continues the list only if another day follows; otherwise it separates rules.
    const comma = c.pos;
    if (!c.eat(/\s*,\s*/y) || !c.sees(token)) {
      c.pos = comma;
      break;
    }
  }
  if (!any) return null;
  return {
    weekdays: days.size ? [...days].sort((x, y) => x - y) : null,
    nthWeekdays: nthWeekdays.length ? nthWeekdays : null,
    holiday,
  };
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
  // An open end `18:00+` or `09:00-12:00+` is not a closing time we know.
  if (c.sees(/\s*\+/y)) return null;
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

const MODIFIER = /(open|closed|off|unknown|ferm[ée]e?|ferm[ée]s)(?![\p{L}\d])/iuy;

function parseRule(c: Cursor, kind: Rule['kind']): Rule | null {
  c.ws();
  const begin = c.pos;
  const rule: Rule = { weekdays: null, nthWeekdays: null, holiday: false, dates: null, times: null, state: 'open', kind };
  if (c.eat(/24\/7(?![\d])/y)) {
    rule.times = [[0, 1440]];
  } else {
    const dates = parseDates(c);
    if (dates === 'invalid') return null;
    rule.dates = dates;
    if (dates) c.ws();
    const wd = parseWeekdays(c);
    if (wd === 'invalid') return null;
    if (wd) {
      rule.weekdays = wd.weekdays;
      rule.nthWeekdays = wd.nthWeekdays;
      rule.holiday = wd.holiday;
      // `Mo-Fr: 09:00-12:00` is a common slip that the spec tolerates as "separator for readability".
      c.eat(/\s*:?\s*/y);
    }
    const before = c.pos;
    rule.times = parseTimes(c);
    if (!rule.times) c.pos = before;
  }
  c.ws();
  const modifier = c.eat(MODIFIER);
  c.ws();
  const comment = c.eat(/["“”]([^"“”]*)["“”]/y);
  if (c.pos === begin) return null;
  if (comment) {
    // An empty comment must not turn `Sa ""` into "open all Saturday".
    if (!comment[1].trim()) return null;
    rule.comment = comment[1].trim();
  }
  const word = modifier?.[1].toLowerCase();
  if (word === 'unknown') rule.state = 'unknown';
  else if (word && word !== 'open') rule.state = 'closed';
  // The reference reads `Mo 09:00-12:00 "sur rendez-vous"` as unknown: only `open` says open.
  else if (!word && rule.comment) rule.state = 'unknown';
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
    // A trailing comma (`Mo-Fr 09:00-12:00,`) ends the segment.
    c.ws();
    if (c.done()) return rules;
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
      // An empty side of `||` (`A ||`, `|| B`) is malformed: recorded empty, reported unparsed.
      else if (isFallback || kind === 'fallback') out.push({ text: '', kind });
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
    const parsed = segment.text.trim() ? parseSegment(segment.text, segment.kind) : null;
    if (parsed) rules.push(...parsed);
    else unparsed.push(segment.text || '||');
  }
  return { rules, unparsed };
}
