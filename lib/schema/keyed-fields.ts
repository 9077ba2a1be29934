import { z } from 'zod';

/**
 * Fields of the card forms' schemas (user data, partnerships) whose reasons are catalogue keys
 * (lib/schema/reason.ts): fields.ts gives the same checks with French reasons, for imports.
 */

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const keyedEmail = z.string().trim().pipe(z.email('reasonEmail'));

/** A `YYYY-MM-DD` day (a full timestamp keeps its day). */
export const keyedIsoDate = z
  .string()
  .trim()
  .regex(ISO_DATE, 'reasonDateFormat')
  .transform((value) => value.slice(0, 10))
  .refine(isRealDate, 'reasonDateReal');
