/**
 * The counsellor's own partners get their opening hours from a day/time editor, not from the
 * OpenStreetMap syntax: this module turns the week the editor holds into that syntax (what
 * data·inclusion stores in `horaires_accueil`) and reads back the simple weeks it writes.
 */
export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Day = (typeof DAYS)[number];

/** `HH:MM`, as `<input type="time">` gives it. */
export interface TimeRange {
  from: string;
  to: string;
}
/** Up to two ranges a day (morning, afternoon); none: closed. */
export type WeekHours = Record<Day, TimeRange[]>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function emptyWeek(): WeekHours {
  return { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] };
}

const rangesText = (ranges: readonly TimeRange[]) => ranges.map((r) => `${r.from}-${r.to}`).join(',');

/** A range the editor can write: both ends, the end after the start. */
export function isValidRange(range: TimeRange): boolean {
  return TIME.test(range.from) && TIME.test(range.to) && range.from < range.to;
}

/** "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00"; consecutive days with the same hours share a rule. */
export function weekToOpeningHours(week: WeekHours): string {
  const rules: string[] = [];
  let start = 0;
  while (start < DAYS.length) {
    const text = rangesText(week[DAYS[start]].filter(isValidRange));
    let end = start;
    while (end + 1 < DAYS.length && rangesText(week[DAYS[end + 1]].filter(isValidRange)) === text) end++;
    if (text) {
      const days = end === start ? DAYS[start] : end === start + 1 ? `${DAYS[start]},${DAYS[end]}` : `${DAYS[start]}-${DAYS[end]}`;
      rules.push(`${days} ${text}`);
    }
    start = end + 1;
  }
  return rules.join('; ');
}

function daysOf(selector: string): Day[] | undefined {
  const days: Day[] = [];
  for (const part of selector.split(',')) {
    const [a, b] = part.split('-') as [Day, Day | undefined];
    const from = DAYS.indexOf(a);
    const to = b === undefined ? from : DAYS.indexOf(b);
    if (from < 0 || to < from) return undefined;
    days.push(...DAYS.slice(from, to + 1));
  }
  return days;
}

/**
 * The week written by `weekToOpeningHours` (or typed the same simple way), or undefined when the
 * text says more than a week of day ranges (holidays, "off", comments…): the editor then keeps it
 * as it is, in a plain field.
 */
export function openingHoursToWeek(text: string | null | undefined): WeekHours | undefined {
  const week = emptyWeek();
  const trimmed = (text ?? '').trim();
  if (!trimmed) return week;
  for (const rule of trimmed.split(/\s*;\s*/)) {
    const match = /^([A-Z][a-z](?:[-,][A-Z][a-z])*)\s+(\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})?)$/.exec(rule);
    if (!match) return undefined;
    const days = daysOf(match[1]);
    const ranges = match[2].split(',').map((r) => {
      const [from, to] = r.split('-');
      return { from, to };
    });
    if (!days || !ranges.every(isValidRange)) return undefined;
    for (const day of days) {
      if (week[day].length > 0) return undefined;
      week[day] = ranges;
    }
  }
  return week;
}
