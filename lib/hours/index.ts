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
 *   - Correctness on that subset is pinned by tests/lib/hours.test.ts, and the
 *     semantics (normal `;` rules override, `,` add, `||` fallback, spans past
 *     midnight) follow the OSM specification. Everything outside the subset is
 *     never guessed: that segment is shown verbatim as a note, or the whole raw
 *     text when nothing is understood.
 * The French public holidays that `PH` needs are computed locally (holidays.ts).
 * Same measurement for this module: 8.9 kB minified, 3.9 kB gzipped. Its evaluation was
 * cross-checked once against opening_hours.js 3.15.0 (random instants over three years,
 * ~40 expressions incl. PH, months, spans past midnight, `,` and `||`; Paris, UTC and
 * New York time zones): no disagreement except our deliberate 8-day horizon for "ferme à".
 */
import { ALWAYS_OPEN_LINE, describeInstant, describeWeek } from './describe';
import { evaluateAt } from './evaluate';
import { parseOpeningHours } from './parse';

export interface HoursStatus {
  /** 'open' | 'closed' when the string was understood, 'unknown' otherwise. */
  state: 'open' | 'closed' | 'unknown';
  /** Short French line for the card: "Ouvert maintenant · ferme à 12:30", "Fermé · ouvre lundi à 08:30", "Ouvert 24 h/24, 7 j/7", or "" when unknown. */
  summary: string;
  /** One French line per day group, e.g. ["Lundi – vendredi : 08:30–12:30, 13:30–17:00", "Samedi, dimanche : fermé", "Jours fériés : fermé"]; when not understood, [raw text]. */
  lines: string[];
  /** Free text that could not be parsed but must still be shown (comments, trailing notes). */
  note?: string;
}

export { parseOpeningHours } from './parse';
export type { ParsedHours, Rule, Interval } from './parse';
export { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from './holidays';
export { ALWAYS_OPEN_LINE };

/**
 * Describes `raw` opening hours at `now` (interpreted in `now`'s local time).
 * Never throws: anything not understood falls back to the raw text.
 */
export function describeHours(raw: string | null | undefined, now: Date): HoursStatus {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { state: 'unknown', summary: '', lines: [] };
  const fallback: HoursStatus = { state: 'unknown', summary: '', lines: [text] };
  try {
    const { rules, unparsed } = parseOpeningHours(text);
    if (!rules.length) return fallback;
    const lines = describeWeek(rules);
    const status: HoursStatus = { state: 'unknown', summary: '', lines };
    if (unparsed.length) status.note = unparsed.join(' ; ');
    // An invalid `now` still lets us show the week, just not the current state.
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) return status;
    const instant = evaluateAt(rules, now);
    status.state = instant.state;
    status.summary = describeInstant(instant, now, lines);
    return status;
  } catch {
    return fallback;
  }
}
