/**
 * Evaluation of parsed rules on local calendar days, following the OSM semantics as the
 * reference implementation (opening_hours.js) applies them: a normal (`;`) rule that
 * matches a day replaces everything earlier rules said about it, an additional (`,`)
 * rule adds to it, and a fallback (`||`) rule fills the times of the day that earlier
 * rules left closed (`Mo-Fr 09:00-12:00 || "sur rendez-vous"` is unknown on Monday at
 * 14:00). All arithmetic is in wall-clock minutes of local days, so DST changes never
 * shift an opening time.
 */
import { isFrenchPublicHoliday } from './holidays';
import type { DateRange, Interval, Rule } from './parse';

export interface DayContext {
  /** 0 = Monday … 6 = Sunday; -1 matches no weekday selector (used to describe `PH` alone). */
  weekday: number;
  /** 0 = January …; null ignores date-restricted rules (the "usual week" description). */
  month: number | null;
  /** Day of the month; null ignores date- and nth-restricted rules. */
  day: number | null;
  monthLength: number;
  holiday: boolean;
}

export interface DaySchedule {
  /** Sorted, merged open intervals in minutes of that day (end may pass 1440). */
  intervals: Interval[];
  /** Sorted, merged intervals where the rules say neither open nor closed (comments, `unknown`). */
  unknown: Interval[];
  comments: string[];
}

const DAY = 1440;

function inRange(range: DateRange, month: number, day: number): boolean {
  const key = month * 100 + day;
  const from = range.from.month * 100 + range.from.day;
  const to = range.to.month * 100 + range.to.day;
  return from <= to ? from <= key && key <= to : key >= from || key <= to;
}

function nthMatches(nth: number[], ctx: DayContext): boolean {
  if (ctx.day === null) return false;
  const fromStart = Math.ceil(ctx.day / 7);
  const fromEnd = -Math.ceil((ctx.monthLength - ctx.day + 1) / 7);
  return nth.includes(fromStart) || nth.includes(fromEnd);
}

/** Whether a rule restricted to dates or to the nth weekday of a month. */
export function isRestricted(rule: Rule): boolean {
  return !!rule.dates || !!rule.nthWeekdays;
}

/** Only closures on holidays or dates (`PH off`, `Aug off`): says nothing of when it is open. */
export function onlyClosures(rules: Rule[]): boolean {
  return rules.every((r) => r.state === 'closed' && (isRestricted(r) || (r.holiday && !r.weekdays)));
}

function matches(rule: Rule, ctx: DayContext): boolean {
  if (rule.dates && (ctx.month === null || ctx.day === null || !rule.dates.some((r) => inRange(r, ctx.month!, ctx.day!)))) return false;
  if (!rule.weekdays && !rule.holiday && !rule.nthWeekdays) return true;
  // Within one selector `Su,PH` means "Sunday or a public holiday".
  if (rule.holiday && ctx.holiday) return true;
  if (rule.weekdays?.includes(ctx.weekday)) return true;
  return !!rule.nthWeekdays?.some((w) => w.weekday === ctx.weekday && nthMatches(w.nth, ctx));
}

/** Sorts and merges overlapping or touching intervals. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

type State = 'open' | 'unknown';
type Segment = [start: number, end: number, state: State];

/** `segments` with [start, end) set to `state` (or cleared when null). */
function paint(segments: Segment[], [start, end]: Interval, state: State | null): Segment[] {
  const out: Segment[] = [];
  for (const [s, e, st] of segments) {
    if (end <= s || start >= e) out.push([s, e, st]);
    else {
      if (s < start) out.push([s, start, st]);
      if (end < e) out.push([end, e, st]);
    }
  }
  if (state) out.push([start, end, state]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** `segments` with the uncovered parts of [start, end) set to `state` (a fallback rule). */
function fillGaps(segments: Segment[], [start, end]: Interval, state: State): Segment[] {
  const out = [...segments];
  let cursor = start;
  for (const [s, e] of segments) {
    if (e <= cursor || s >= end) continue;
    if (s > cursor) out.push([cursor, s, state]);
    cursor = Math.max(cursor, e);
  }
  if (cursor < end) out.push([cursor, end, state]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** Keeps the part of `times` inside one day, moved by `shift` minutes (-1440 for a spill). */
function clip(times: Interval[], shift: number): Interval[] {
  const out: Interval[] = [];
  for (const [s, e] of times) {
    const start = Math.max(0, s + shift);
    const end = Math.min(DAY, e + shift);
    if (start < end) out.push([start, end]);
  }
  return out;
}

function apply(segments: Segment[], rule: Rule, times: Interval[]): Segment[] {
  let out = segments;
  for (const span of times) {
    if (rule.kind === 'fallback') {
      if (rule.state !== 'closed') out = fillGaps(out, span, rule.state);
    } else out = paint(out, span, rule.state === 'closed' ? null : rule.state);
  }
  return out;
}

/**
 * What `rules` say about one day. Without `prev` (describing a usual week), spans past
 * midnight stay whole ("22:00–02:00" on Friday). With `prev`, the day before's context,
 * intervals are clipped to the day and include what spills over from `prev`, evaluated
 * in rule order like opening_hours.js: in `Fr 22:00-02:00; Sa off` the Saturday rule
 * overrides the spill, in `Fr 22:00-02:00, Sa 10:00-12:00` it does not.
 */
export function scheduleFor(rules: Rule[], ctx: DayContext, prev?: DayContext): DaySchedule {
  let segments: Segment[] = [];
  let comments: string[] = [];
  for (const rule of rules) {
    if (matches(rule, ctx)) {
      // Like the reference implementation, `We 12:00-14:00 off` only cuts those hours out
      // instead of replacing the day (a lunch closure, not "closed all Wednesday").
      const cutsOnly = rule.state === 'closed' && rule.times;
      if (rule.kind === 'normal' && !cutsOnly) {
        segments = [];
        comments = [];
      }
      const times = rule.times ?? [[0, DAY]];
      segments = apply(segments, rule, prev ? clip(times, 0) : times);
      if (rule.comment && !comments.includes(rule.comment)) comments.push(rule.comment);
    }
    if (prev && rule.times && matches(rule, prev)) segments = apply(segments, rule, clip(rule.times, -DAY));
  }
  const pick = (state: State) => mergeIntervals(segments.filter((s) => s[2] === state).map(([s, e]): Interval => [s, e]));
  return { intervals: pick('open'), unknown: pick('unknown'), comments };
}

/** Local midnight `offset` days after the local day of `base`. */
export function dayAt(base: Date, offset: number): Date {
  return new Date(base.getFullYear(), base.getMonth(), base.getDate() + offset);
}

export function contextOf(date: Date): DayContext {
  return {
    weekday: (date.getDay() + 6) % 7,
    month: date.getMonth(),
    day: date.getDate(),
    monthLength: new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate(),
    holiday: isFrenchPublicHoliday(date),
  };
}

/** The context of a weekday in a "usual week": no date, no holiday. */
export function weekdayContext(weekday: number, holiday = false): DayContext {
  return { weekday, month: null, day: null, monthLength: 31, holiday };
}

/** A point in time as (local day offset from `now`'s day, minute of that day). */
export interface Moment {
  offset: number;
  minute: number;
}

export type Instant =
  | { state: 'open'; closes: Moment | null }
  | { state: 'closed'; opens: Moment | null }
  | { state: 'unknown'; comments: string[] };

/** How far ahead to look for the next opening: long enough to cross an `Aug off`. */
const OPENING_HORIZON_DAYS = 370;
/** Past a week of uninterrupted opening, "closes at" stops being useful information. */
const CLOSING_HORIZON_DAYS = 8;

/** Open, closed or unknown at `now`, with the next change when there is one. */
export function evaluateAt(rules: Rule[], now: Date): Instant {
  // Nothing ever opens (`closed`, `Mo-Su off`): no need to look a year ahead.
  if (rules.every((r) => r.state === 'closed')) return { state: 'closed', opens: null };
  const cache = new Map<number, DaySchedule>();
  const day = (offset: number) => {
    let s = cache.get(offset);
    if (!s) {
      s = scheduleFor(rules, contextOf(dayAt(now, offset)), contextOf(dayAt(now, offset - 1)));
      cache.set(offset, s);
    }
    return s;
  };
  const nowAbs = now.getHours() * 60 + now.getMinutes();
  const moment = (abs: number): Moment => ({ offset: Math.floor(abs / DAY), minute: abs - Math.floor(abs / DAY) * DAY });

  // Each day already holds what spilled into it; an opening that runs to midnight goes on
  // with the next day's interval starting at 00:00 (checked day by day, not for a whole week).
  const current = day(0).intervals.find(([s, e]) => s <= nowAbs && nowAbs < e);
  if (current) {
    let end = current[1];
    for (let d = 1; d <= CLOSING_HORIZON_DAYS && end >= d * DAY; d++) {
      const next = day(d).intervals[0];
      if (!next || next[0] > 0) break;
      end = Math.max(end, d * DAY + next[1]);
    }
    return { state: 'open', closes: end >= (CLOSING_HORIZON_DAYS + 1) * DAY ? null : moment(end) };
  }
  const today = day(0);
  if (today.unknown.some(([s, e]) => s <= nowAbs && nowAbs < e)) return { state: 'unknown', comments: today.comments };
  for (let d = 0; d <= OPENING_HORIZON_DAYS; d++) {
    const { intervals, unknown } = day(d);
    const next = intervals.find(([s]) => d * DAY + s > nowAbs);
    const doubt = unknown.find(([s]) => d * DAY + s > nowAbs);
    // An unknown stretch comes first: closed now, but we cannot promise when it opens.
    if (doubt && (!next || doubt[0] < next[0])) return { state: 'closed', opens: null };
    if (next) return { state: 'closed', opens: moment(d * DAY + next[0]) };
  }
  return { state: 'closed', opens: null };
}
