/**
 * Evaluation of parsed rules on local calendar days, following the OSM semantics:
 * a normal (`;`) rule that matches a day replaces everything earlier rules said about
 * it, an additional (`,`) rule adds to it, and a fallback (`||`) rule only applies to
 * days no earlier rule matched. All arithmetic is in wall-clock minutes of local days,
 * so DST changes never shift an opening time.
 */
import { isFrenchPublicHoliday } from './holidays';
import type { Interval, Rule } from './parse';

export interface DayContext {
  /** 0 = Monday … 6 = Sunday; -1 matches no weekday selector (used to describe `PH` alone). */
  weekday: number;
  /** 0 = January …; null ignores month-restricted rules (the "usual week" description). */
  month: number | null;
  holiday: boolean;
}

export interface DaySchedule {
  /** Sorted, merged open intervals in minutes of that day (end may pass 1440). */
  intervals: Interval[];
  /** A comment-only or `unknown` rule decides this day: we cannot say open or closed. */
  unknown: boolean;
  comments: string[];
}

const DAY = 1440;

function matches(rule: Rule, ctx: DayContext): boolean {
  if (rule.months && (ctx.month === null || !rule.months.includes(ctx.month))) return false;
  if (!rule.weekdays && !rule.holiday) return true;
  // Within one selector `Su,PH` means "Sunday or a public holiday".
  if (rule.holiday && ctx.holiday) return true;
  return !!rule.weekdays && rule.weekdays.includes(ctx.weekday);
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

/** `intervals` minus `cut` (for `off` rules that carry times). */
function subtract(intervals: Interval[], cut: Interval[]): Interval[] {
  let out = intervals;
  for (const [cs, ce] of cut) {
    const next: Interval[] = [];
    for (const [s, e] of out) {
      if (ce <= s || cs >= e) next.push([s, e]);
      else {
        if (s < cs) next.push([s, cs]);
        if (ce < e) next.push([ce, e]);
      }
    }
    out = next;
  }
  return out;
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

/**
 * What `rules` say about one day. Without `prev` (describing a usual week), spans past
 * midnight stay whole ("22:00–02:00" on Friday). With `prev`, the day before's context,
 * intervals are clipped to the day and include what spills over from `prev`, evaluated
 * in rule order like opening_hours.js: in `Fr 22:00-02:00; Sa off` the Saturday rule
 * overrides the spill, in `Fr 22:00-02:00, Sa 10:00-12:00` it does not.
 */
export function scheduleFor(rules: Rule[], ctx: DayContext, prev?: DayContext): DaySchedule {
  let intervals: Interval[] = [];
  let unknown = false;
  let comments: string[] = [];
  let matched = false;
  let matchedPrev = false;
  for (const rule of rules) {
    const own = matches(rule, ctx) && !(rule.kind === 'fallback' && matched);
    if (own) {
      // Like the reference implementation, `We 12:00-14:00 off` only cuts those hours out
      // instead of replacing the day (a lunch closure, not "closed all Wednesday").
      const cutsOnly = rule.state === 'closed' && rule.times;
      if (rule.kind === 'normal' && !cutsOnly) {
        intervals = [];
        unknown = false;
        comments = [];
      }
      matched = true;
      const times = prev ? clip(rule.times ?? [[0, DAY]], 0) : (rule.times ?? [[0, DAY]]);
      if (rule.state === 'open') intervals = [...intervals, ...times];
      else if (rule.state === 'closed') intervals = rule.times ? subtract(intervals, times) : [];
      else unknown = true;
      if (rule.state === 'closed' && !rule.times) unknown = false;
      if (rule.comment && !comments.includes(rule.comment)) comments.push(rule.comment);
    }
    if (prev && matches(rule, prev) && !(rule.kind === 'fallback' && matchedPrev)) {
      matchedPrev = true;
      const spill = clip(rule.times ?? [], -DAY);
      if (rule.state === 'open') intervals = [...intervals, ...spill];
      else if (rule.state === 'closed') intervals = subtract(intervals, spill);
    }
  }
  return { intervals: mergeIntervals(intervals), unknown: unknown && intervals.length === 0, comments };
}

/** Local midnight `offset` days after the local day of `base`. */
export function dayAt(base: Date, offset: number): Date {
  return new Date(base.getFullYear(), base.getMonth(), base.getDate() + offset);
}

export function contextOf(date: Date): DayContext {
  return { weekday: (date.getDay() + 6) % 7, month: date.getMonth(), holiday: isFrenchPublicHoliday(date) };
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

  // Absolute intervals (minutes since now's local midnight) of days 0..last; each day
  // already holds what spilled into it, and touching intervals merge across midnight.
  const timeline = (last: number): Interval[] => {
    const all: Interval[] = [];
    for (let d = 0; d <= last; d++) for (const [s, e] of day(d).intervals) all.push([d * DAY + s, d * DAY + e]);
    return mergeIntervals(all);
  };
  const moment = (abs: number): Moment => ({ offset: Math.floor(abs / DAY), minute: abs - Math.floor(abs / DAY) * DAY });

  const current = timeline(CLOSING_HORIZON_DAYS).find(([s, e]) => s <= nowAbs && nowAbs < e);
  if (current) {
    return { state: 'open', closes: current[1] >= (CLOSING_HORIZON_DAYS + 1) * DAY ? null : moment(current[1]) };
  }
  const today = day(0);
  if (today.unknown) return { state: 'unknown', comments: today.comments };
  for (let d = 0; d <= OPENING_HORIZON_DAYS; d++) {
    const next = day(d).intervals.find(([s]) => d * DAY + s > nowAbs);
    if (next) return { state: 'closed', opens: moment(d * DAY + next[0]) };
  }
  return { state: 'closed', opens: null };
}
