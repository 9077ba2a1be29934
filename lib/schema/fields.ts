import { z } from 'zod';
import { frenchText as fr } from '../i18n-french';
import type { MessageKey } from '../i18n';
import { isHttpUrl } from './http-url';
import { ISO_DATE, isRealDate } from './keyed-fields';

export { isHttpUrl };


export const text = z.string().trim().min(1, fr('reasonEmpty'));

export const httpUrl = z
  .string()
  .trim()
  .max(2083, fr('reasonUrlLong'))
  .refine(isHttpUrl, fr('reasonUrl'));

export const email = z.string().trim().pipe(z.email(fr('reasonEmail')));

/** data·inclusion dates are `YYYY-MM-DD`; exports sometimes carry a full timestamp: keep the day. */
export const isoDate = z
  .string()
  .trim()
  .regex(ISO_DATE, fr('reasonDateFormat'))
  .transform((value) => value.slice(0, 10))
  .refine(isRealDate, fr('reasonDateReal'));

export const codePostal = z.string().trim().regex(/^\d{5}$/, fr('reasonPostcode'));
export const codeInsee = z.string().trim().regex(/^\w{5}$/, fr('reasonInsee'));
export const siret = z.string().trim().regex(/^\d{14}$/, fr('reasonSiret'));

/** A name of 3 to 150 characters; a trailing full stop is dropped rather than refused. */
export const name = z
  .string()
  .trim()
  .transform((value) => value.replace(/\.+$/, '').trim())
  .pipe(z.string().min(3, fr('reasonNameShort')).max(150, fr('reasonNameLong')));

export const description = z
  .string()
  .trim()
  .min(5, fr('reasonDescriptionShort'))
  .max(10000, fr('reasonDescriptionLong'));

export const latitude = z.number().min(-90).max(90);
export const longitude = z.number().min(-180).max(180);

/** INSEE commune (5), département (2–3), EPCI SIREN (9), country code (99xxx) or `france`. */
export const zoneCode = z
  .string()
  .trim()
  .regex(/^(?:\w{5}|\w{2,3}|\d{9}|france)$/, fr('reasonZone'));

/** A closed data·inclusion list; `reason` names the list (and its values when they are few). */
export function enumOf(values: [string, ...string[]], reason: MessageKey) {
  return z.enum(values, { error: () => fr(reason) });
}
