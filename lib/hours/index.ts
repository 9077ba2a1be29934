/**
 * Opening hours for a partner's card, from data·inclusion `horaires_accueil`
 * (OpenStreetMap `opening_hours` syntax, often with French free text mixed in).
 *
 * Why an in-house parser rather than the npm `opening_hours` package (v3.15.0, the
 * reference implementation), measured with `esbuild --bundle --minify` of a
 * three-line entry that constructs one and calls getState/getNextChange:
 *   - 761 kB minified, 118 kB gzipped (about 85 times this module, below). Nearly
 *     all of it is the public- and school-holiday tables of every country, bundled
 *     statically so tree-shaking cannot drop them; suncalc comes along, and i18next
 *     is installed as a dependency (5.6 MB in node_modules). LGPL-3.0 licensed.
 *   - The popup must open instantly, and real records use a small subset of the
 *     syntax (weekday ranges and lists, lunch breaks, `PH off`, `24/7`, comments).
 *   - Correctness is pinned by tests/lib/hours.test.ts, and checked against the reference
 *     by tests/lib/hours-differential.test.ts: a corpus of real `horaires_accueil` strings
 *     (data·inclusion converters, DORA, OSM French public services, hand-typed) at instants
 *     across a year (public holidays, DST, year end), Paris time. It fails on any confident
 *     disagreement: where we say open or closed, the reference must say the same.
 *   - Never a confident wrong answer: when any segment is not understood, the state is
 *     'unknown' (the card shows the week and the text), and so is a string that only
 *     closes on dates or holidays (`PH off` alone: « Horaires non renseignés »).
 * The French public holidays that `PH` needs are computed locally (holidays.ts).
 */
import { alwaysOpenLine, describeInstant, describeWeek } from './describe';
import { evaluateAt, onlyClosures, type Instant } from './evaluate';
import { memoizeByText } from '../memo';
import { parseOpeningHours, type ParsedHours } from './parse';

export interface HoursStatus {
  /** 'open' | 'closed' when the string was understood, 'unknown' otherwise. */
  state: 'open' | 'closed' | 'unknown';
  /** Short line for the card (in the browser's language): "Ouvert maintenant · ferme à 12:30", "Fermé · ouvre lundi à 08:30", "Ouvert 24 h/24, 7 j/7", or "" when unknown. */
  summary: string;
  /** One French line per day group, e.g. ["Lundi – vendredi : 08:30–12:30, 13:30–17:00", "Samedi, dimanche : fermé", "Jours fériés : fermé"]; when not understood, [raw text]. */
  lines: string[];
  /** Free text that could not be parsed but must still be shown (comments, trailing notes). */
  note?: string;
}

export { parseOpeningHours } from './parse';
export type { ParsedHours, Rule, Interval } from './parse';
export { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from './holidays';
export { alwaysOpenLine };

/**
 * The state part of describeHours for a string parsed once (the differential test calls it
 * at thousands of instants); null when it must not say open or closed.
 */
export function evaluateHours(parsed: ParsedHours, now: Date): Instant | null {
  // A part we cannot read could change the answer (`; Dec 24-Dec 31 off`): never guess.
  if (!parsed.rules.length || parsed.unparsed.length || onlyClosures(parsed.rules)) return null;
  // An invalid `now` still lets us show the week, just not the current state.
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return null;
  return evaluateAt(parsed.rules, now);
}

/** Each string parsed once (null when it cannot be): a list shows the same few formats over and over. */
const parsedOnce = memoizeByText((text: string): ParsedHours | null => {
  try {
    return parseOpeningHours(text);
  } catch {
    return null;
  }
}, 2000);

/**
 * Open, closed or unknown at `now`, as `describeHours(raw, now).state` says it, without writing
 * the week out: what a result row shows, for thirty rows at each keystroke.
 */
export function hoursStateAt(raw: string | null | undefined, now: Date): HoursStatus['state'] {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const parsed = text ? parsedOnce(text) : null;
  return parsed ? (evaluateHours(parsed, now)?.state ?? 'unknown') : 'unknown';
}

/**
 * Describes `raw` opening hours at `now` (interpreted in `now`'s local time).
 * Never throws: anything not understood falls back to the raw text.
 */
export function describeHours(raw: string | null | undefined, now: Date): HoursStatus {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { state: 'unknown', summary: '', lines: [] };
  const fallback: HoursStatus = { state: 'unknown', summary: '', lines: [text] };
  const parsed = parsedOnce(text);
  if (!parsed?.rules.length) return fallback;
  const { rules, unparsed } = parsed;
  try {
    const lines = describeWeek(rules);
    const status: HoursStatus = { state: 'unknown', summary: '', lines };
    if (unparsed.length) status.note = unparsed.join(' ; ');
    const instant = evaluateHours(parsed, now);
    if (!instant) return status;
    status.state = instant.state;
    status.summary = describeInstant(instant, now, lines);
    return status;
  } catch {
    return fallback;
  }
}
