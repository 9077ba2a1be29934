/** Calendar arithmetic on `YYYY-MM-DD` days: no hours, so no time-zone or daylight-saving drift. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD day: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const fromUtc = (date: Date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The day `now` falls on where the counsellor is (local time). */
export function localDay(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return fromUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Same day `months` later; the 31st falls back to the month's last day (31 août + 6 mois = 28/29 février). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** `2026-03-05` -> `05/03/2026`, as French spreadsheets show dates. */
export function frenchDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = parts(iso);
  return `${pad(d)}/${pad(m)}/${pad(y, 4)}`;
}

/**
 * A date as a spreadsheet hands it back -> `YYYY-MM-DD`: `JJ/MM/AAAA` (or with - or .), a
 * two-digit year (20xx), `AAAA-MM-JJ`, or a spreadsheet Date. Returns undefined when unreadable
 * or not a real day, and '' for a blank cell.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : fromUtc(value);
  const text = String(value ?? '').trim();
  if (text === '') return '';
  let y: number, m: number, d: number;
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (french) [d, m, y] = [Number(french[1]), Number(french[2]), Number(french[3].length === 2 ? `20${french[3]}` : french[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return fromUtc(date);
}
