/**
 * The card's wording: the weekly lines and the one-line summary, through `t()` so that an
 * English browser reads English hours. French: day ranges use " – " (spaced en dash), time
 * spans "08:30–12:30".
 */
import { t, type MessageKey } from '../i18n';
import { isRestricted, mergeIntervals, onlyClosures, scheduleFor, weekdayContext, type DaySchedule, type Instant, type Moment } from './evaluate';
import type { DateRange, Interval, MonthDay, Rule } from './parse';

const WEEKDAY_KEYS: MessageKey[] = ['hoursMonday', 'hoursTuesday', 'hoursWednesday', 'hoursThursday', 'hoursFriday', 'hoursSaturday', 'hoursSunday'];
const MONTH_KEYS: MessageKey[] = [
  'hoursJanuary', 'hoursFebruary', 'hoursMarch', 'hoursApril', 'hoursMay', 'hoursJune',
  'hoursJuly', 'hoursAugust', 'hoursSeptember', 'hoursOctober', 'hoursNovember', 'hoursDecember',
];
const NTH_KEYS: MessageKey[] = ['hoursNth1', 'hoursNth2', 'hoursNth3', 'hoursNth4', 'hoursNth5'];

const weekdayNames = () => WEEKDAY_KEYS.map((k) => t(k));
const monthNames = () => MONTH_KEYS.map((k) => t(k));

const DAY = 1440;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Minutes → "HH:MM"; times past midnight are shown as the next day's clock time. */
export function formatTime(minutes: number): string {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function formatIntervals(intervals: Interval[]): string {
  if (intervals.length === 1 && intervals[0][0] === 0 && intervals[0][1] >= DAY) return t('hoursAllDay');
  return intervals.map(([s, e]) => `${formatTime(s)}–${formatTime(e)}`).join(', ');
}

function withComments(text: string, comments: string[]): string {
  return comments.length ? `${text} (${comments.join(' ; ')})` : text;
}

const coversDay = (intervals: Interval[]) => intervals.length === 1 && intervals[0][0] === 0 && intervals[0][1] >= DAY;

function formatSchedule(s: DaySchedule): string {
  const doubt = s.comments.length ? s.comments.join(' ; ') : t('hoursNotSpecified');
  if (s.unknown.length && !s.intervals.length) {
    return coversDay(s.unknown) ? doubt : withComments(formatIntervals(s.unknown), s.comments);
  }
  if (s.unknown.length) return `${formatIntervals(s.intervals)} (${t('hoursOtherTimes', doubt)})`;
  return withComments(s.intervals.length ? formatIntervals(s.intervals) : t('hoursClosedDay'), s.comments);
}

/**
 * Names a set of indices as runs: `minRange`+ consecutive → "lundi – vendredi", fewer are
 * listed ("samedi, dimanche"). No wrap-around: "lundi, samedi, dimanche" reads better than
 * "samedi – lundi" in a week list.
 */
function nameRuns(indices: number[], names: string[], minRange = 3): string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const run = sorted.slice(i, j + 1).map((k) => names[k]);
    parts.push(run.length >= minRange ? `${run[0]} – ${run[run.length - 1]}` : run.join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

const line = (label: string, text: string) => t('hoursLine', label, text);

function monthDay({ month, day }: MonthDay): string {
  return t('hoursDate', day === 1 ? t('hoursFirstOfMonth') : String(day), monthNames()[month]);
}

/** "juillet – août", "du 25 décembre au 1er janvier", "24 décembre, 31 décembre". */
function describeDates(dates: DateRange[]): string {
  if (dates.every((d) => d.wholeMonths)) {
    const months = dates.flatMap((d) => {
      const out: number[] = [];
      for (let m = d.from.month; ; m = (m + 1) % 12) {
        out.push(m);
        if (m === d.to.month) return out;
      }
    });
    return nameRuns(months, monthNames(), 2);
  }
  return dates
    .map((d) => (d.from.month === d.to.month && d.from.day === d.to.day ? monthDay(d.from) : t('hoursDateRange', monthDay(d.from), monthDay(d.to))))
    .join(', ');
}

function nthLabel(n: number): string {
  if (n > 0) return t(NTH_KEYS[n - 1]);
  return n === -1 ? t('hoursNthLast') : t('hoursNthFromEnd', t(NTH_KEYS[-n - 1]));
}

function describeDays(rule: Rule): string {
  const names = weekdayNames();
  return [
    ...(rule.weekdays ? [nameRuns(rule.weekdays, names)] : []),
    ...(rule.nthWeekdays ?? []).map((w) => `${names[w.weekday]} (${t('hoursOfTheMonth', w.nth.map(nthLabel).join(', '))})`),
    ...(rule.holiday ? [t('hoursPublicHolidays')] : []),
  ].join(', ');
}

/** One line per group of weekdays sharing a schedule, then public holidays, then dated rules. */
export function describeWeek(rules: Rule[]): string[] {
  if (onlyClosures(rules)) return [t('hoursNotGiven')];
  const byText = new Map<string, number[]>();
  for (let weekday = 0; weekday < 7; weekday++) {
    const text = formatSchedule(scheduleFor(rules, weekdayContext(weekday)));
    byText.set(text, [...(byText.get(text) ?? []), weekday]);
  }
  const lines: string[] = [];
  // Skip the weekly part when only dated rules exist ("Aug off" alone says nothing of a usual week).
  if (rules.some((r) => !isRestricted(r))) {
    if (byText.size === 1) lines.push(line(t('hoursEveryDay'), [...byText.keys()][0])); // may equal alwaysOpenLine()
    else for (const [text, days] of byText) lines.push(line(capitalize(nameRuns(days, weekdayNames())), text));
  }
  if (rules.some((r) => r.holiday && !isRestricted(r))) {
    lines.push(line(capitalize(t('hoursPublicHolidays')), formatSchedule(scheduleFor(rules, weekdayContext(-1, true)))));
  }
  for (const rule of rules) {
    if (!isRestricted(rule)) continue;
    const days = describeDays(rule);
    // Parentheses keep "juillet – août (lundi – vendredi)" from reading as one list of names.
    const label = rule.dates ? capitalize(describeDates(rule.dates)) + (days ? ` (${days})` : '') : capitalize(days);
    lines.push(line(label, describeRule(rule)));
  }
  return lines;
}

function describeRule(rule: Rule): string {
  const comments = rule.comment ? [rule.comment] : [];
  if (rule.state === 'unknown') {
    const text = rule.comment ?? t('hoursNotSpecified');
    return rule.times ? `${formatIntervals(rule.times)} (${text})` : text;
  }
  if (rule.state === 'closed') return withComments(rule.times ? t('hoursClosedDuring', formatIntervals(rule.times)) : t('hoursClosedDay'), comments);
  return withComments(formatIntervals(mergeIntervals(rule.times ?? [[0, DAY]])), comments);
}

/** "" today, "demain", a weekday name within the week, else "le 17 août". */
function dayLabel(now: Date, offset: number): string {
  if (offset === 0) return '';
  if (offset === 1) return t('hoursTomorrow');
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  if (offset < 7) return weekdayNames()[(date.getDay() + 6) % 7];
  return t('hoursOnDate', monthDay({ month: date.getMonth(), day: date.getDate() }));
}

function at(now: Date, moment: Moment, isClosing: boolean): string {
  // A closing at 00:00 is the end of the previous day: "ferme à minuit", not "ferme demain à 00:00".
  if (isClosing && moment.minute === 0 && moment.offset > 0) {
    const label = dayLabel(now, moment.offset - 1);
    return `${label ? `${label} ` : ''}${t('hoursAtMidnight')}`;
  }
  const label = dayLabel(now, moment.offset);
  return `${label ? `${label} ` : ''}${t('hoursAtTime', formatTime(moment.minute))}`;
}

/** The weekly line of a true 24/7 ("Tous les jours : 24 h/24"). */
export function alwaysOpenLine(): string {
  return line(t('hoursEveryDay'), t('hoursAllDay'));
}

/** The card's one-liner for an evaluated instant; `lines` tell a true 24/7 from a long opening. */
export function describeInstant(instant: Instant, now: Date, lines: string[]): string {
  if (instant.state === 'open') {
    if (!instant.closes) {
      return lines.length === 1 && lines[0] === alwaysOpenLine() ? t('hoursOpenAlways') : t('hoursOpenNow');
    }
    return t('hoursOpenNowCloses', at(now, instant.closes, true));
  }
  if (instant.state === 'closed') return instant.opens ? t('hoursClosedOpens', at(now, instant.opens, false)) : t('hoursClosedNow');
  return instant.comments.length ? capitalize(instant.comments.join(' ; ')) : '';
}
