import { cachedFormat, formatDate, t, uiLocale } from './i18n';

/** A record not updated for this long is flagged "à vérifier" on its card. */
export const STALE_AFTER_DAYS = 365;

export interface Freshness {
  /** "12 mars 2026" */
  date: string;
  /** "il y a 3 mois" */
  age: string;
  stale: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

function ageText(days: number): string {
  const relative = cachedFormat('relative', () => new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' }));
  if (days <= 0) return relative.format(0, 'day');
  if (days < 31) return relative.format(-days, 'day');
  const months = Math.floor(days / 30.44);
  if (months < 12) return relative.format(-months, 'month');
  const years = Math.floor(days / 365.25);
  return years <= 1 ? t('freshOverAYear') : relative.format(-years, 'year');
}

function daysSince(dateMaj: string, now: Date): { then: Date; days: number } {
  const [y, m, d] = dateMaj.split('-').map(Number);
  const then = new Date(y, m - 1, d);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return { then, days: Math.round((today.getTime() - then.getTime()) / DAY) };
}

/** How fresh a `date_maj` (`YYYY-MM-DD`) is, in the interface's language, relative to `now`. */
export function freshnessOf(dateMaj: string, now: Date): Freshness {
  const { then, days } = daysSince(dateMaj, now);
  return { date: formatDate(then), age: ageText(days), stale: days > STALE_AFTER_DAYS };
}

/** Whether a record is to be checked (`freshnessOf(…).stale`), without writing its date out: a result row. */
export function isStale(dateMaj: string, now: Date): boolean {
  return daysSince(dateMaj, now).days > STALE_AFTER_DAYS;
}
