/**
 * French wording for the partner card: the weekly lines and the one-line summary.
 * Day ranges use " – " (spaced en dash, typographic French), time spans "08:30–12:30".
 */
import { mergeIntervals, scheduleFor, type DaySchedule, type Instant, type Moment } from './evaluate';
import type { Interval, Rule } from './parse';

export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const MONTH_NAMES = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

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
  if (intervals.length === 1 && intervals[0][0] === 0 && intervals[0][1] >= DAY) return '24 h/24';
  return intervals.map(([s, e]) => `${formatTime(s)}–${formatTime(e)}`).join(', ');
}

function withComments(text: string, comments: string[]): string {
  return comments.length ? `${text} (${comments.join(' ; ')})` : text;
}

function formatSchedule(s: DaySchedule): string {
  if (s.unknown) return s.comments.length ? s.comments.join(' ; ') : 'horaires non précisés';
  return withComments(s.intervals.length ? formatIntervals(s.intervals) : 'fermé', s.comments);
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

/** One line per group of weekdays sharing a schedule, then public holidays, then month rules. */
export function describeWeek(rules: Rule[]): string[] {
  const byText = new Map<string, number[]>();
  for (let weekday = 0; weekday < 7; weekday++) {
    const text = formatSchedule(scheduleFor(rules, { weekday, month: null, holiday: false }));
    byText.set(text, [...(byText.get(text) ?? []), weekday]);
  }
  const lines: string[] = [];
  // Skip the weekly part when only month rules exist ("Aug off" alone says nothing of a usual week).
  const hasWeeklyRule = rules.some((r) => !r.months);
  if (hasWeeklyRule) {
    if (byText.size === 1) lines.push(`Tous les jours : ${[...byText.keys()][0]}`); // may equal ALWAYS_OPEN_LINE
    else for (const [text, days] of byText) lines.push(`${capitalize(nameRuns(days, WEEKDAY_NAMES))} : ${text}`);
  }
  if (rules.some((r) => r.holiday && !r.months)) {
    lines.push(`Jours fériés : ${formatSchedule(scheduleFor(rules, { weekday: -1, month: null, holiday: true }))}`);
  }
  for (const rule of rules) {
    if (!rule.months) continue;
    const days = [
      ...(rule.weekdays ? [nameRuns(rule.weekdays, WEEKDAY_NAMES)] : []),
      ...(rule.holiday ? ['jours fériés'] : []),
    ].join(', ');
    // Parentheses keep "juillet – août (lundi – vendredi)" from reading as one list of names.
    const label = capitalize(nameRuns(rule.months, MONTH_NAMES, 2)) + (days ? ` (${days})` : '');
    lines.push(`${label} : ${describeRule(rule)}`);
  }
  return lines;
}

function describeRule(rule: Rule): string {
  const comments = rule.comment ? [rule.comment] : [];
  if (rule.state === 'unknown') return rule.comment ?? 'horaires non précisés';
  if (rule.state === 'closed') return withComments(rule.times ? `fermé ${formatIntervals(rule.times)}` : 'fermé', comments);
  return withComments(formatIntervals(mergeIntervals(rule.times ?? [[0, DAY]])), comments);
}

/** "" today, "demain", a weekday name within the week, else "le 17 août". */
function dayLabel(now: Date, offset: number): string {
  if (offset === 0) return '';
  if (offset === 1) return 'demain';
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  if (offset < 7) return WEEKDAY_NAMES[(date.getDay() + 6) % 7];
  const day = date.getDate() === 1 ? '1er' : String(date.getDate());
  return `le ${day} ${MONTH_NAMES[date.getMonth()]}`;
}

function at(now: Date, moment: Moment, isClosing: boolean): string {
  // A closing at 00:00 is the end of the previous day: "ferme à minuit", not "ferme demain à 00:00".
  if (isClosing && moment.minute === 0 && moment.offset > 0) {
    const label = dayLabel(now, moment.offset - 1);
    return `${label ? `${label} ` : ''}à minuit`;
  }
  const label = dayLabel(now, moment.offset);
  return `${label ? `${label} ` : ''}à ${formatTime(moment.minute)}`;
}

export const ALWAYS_OPEN_LINE = 'Tous les jours : 24 h/24';

/** The card's one-liner for an evaluated instant; `lines` tell a true 24/7 from a long opening. */
export function describeInstant(instant: Instant, now: Date, lines: string[]): string {
  if (instant.state === 'open') {
    if (!instant.closes) {
      return lines.length === 1 && lines[0] === ALWAYS_OPEN_LINE ? 'Ouvert 24 h/24, 7 j/7' : 'Ouvert maintenant';
    }
    return `Ouvert maintenant · ferme ${at(now, instant.closes, true)}`;
  }
  if (instant.state === 'closed') return instant.opens ? `Fermé · ouvre ${at(now, instant.opens, false)}` : 'Fermé';
  return instant.comments.length ? capitalize(instant.comments.join(' ; ')) : '';
}
