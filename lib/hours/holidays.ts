/**
 * French public holidays ("jours fériés"), so that `PH off` can actually close a
 * partner on 14 July. Only the eleven national holidays are computed: Alsace-Moselle
 * adds Good Friday and 26 December, and overseas departments add their own abolition
 * days, but a partner's record does not tell us which regime applies, so we stay with
 * the national calendar that is right for the vast majority of structures.
 */

/** Easter Sunday of `year` (Gregorian calendar), as a local-time Date at midnight. */
export function easterSunday(year: number): Date {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher): exact for every Gregorian year.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31); // 3 = March, 4 = April
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

/** Lookup key of a local calendar day (month is 1-based, no padding: only compared, never shown). */
function dayKey(year: number, monthIndex: number, day: number): string {
  return `${year}-${monthIndex + 1}-${day}`;
}

const cache = new Map<number, Set<string>>();

/** The national French public holidays of `year`, as local calendar dates. */
export function frenchPublicHolidays(year: number): Date[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number) =>
    // Calendar arithmetic through the Date constructor stays on local midnight across DST.
    new Date(easter.getFullYear(), easter.getMonth(), easter.getDate() + days);
  return [
    new Date(year, 0, 1), // Jour de l'an
    fromEaster(1), // Lundi de Pâques
    new Date(year, 4, 1), // Fête du travail
    new Date(year, 4, 8), // Victoire 1945
    fromEaster(39), // Ascension
    fromEaster(50), // Lundi de Pentecôte
    new Date(year, 6, 14), // Fête nationale
    new Date(year, 7, 15), // Assomption
    new Date(year, 10, 1), // Toussaint
    new Date(year, 10, 11), // Armistice
    new Date(year, 11, 25), // Noël
  ];
}

/** Whether the local calendar day of `date` is a national French public holiday. */
export function isFrenchPublicHoliday(date: Date): boolean {
  const year = date.getFullYear();
  let keys = cache.get(year);
  if (!keys) {
    keys = new Set(frenchPublicHolidays(year).map((d) => dayKey(d.getFullYear(), d.getMonth(), d.getDate())));
    cache.set(year, keys);
  }
  return keys.has(dayKey(year, date.getMonth(), date.getDate()));
}
