import { z } from 'zod';

/** Links are only ever http(s); anything else (javascript:, data:, file:) is refused at the border. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const text = z.string().trim().min(1, 'ne doit pas être vide');

export const httpUrl = z
  .string()
  .trim()
  .max(2083, 'adresse trop longue (2 083 caractères au plus)')
  .refine(isHttpUrl, 'doit être une adresse web commençant par http:// ou https://');

export const email = z.string().trim().pipe(z.email('n’est pas une adresse e-mail valide'));

/** data·inclusion dates are `YYYY-MM-DD`; exports sometimes carry a full timestamp: keep the day. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'doit être une date au format AAAA-MM-JJ')
  .transform((value) => value.slice(0, 10))
  .refine(isRealDate, 'n’est pas une date réelle');

export const codePostal = z.string().trim().regex(/^\d{5}$/, 'doit comporter 5 chiffres');
export const codeInsee = z.string().trim().regex(/^\w{5}$/, 'doit comporter 5 caractères (code INSEE)');
export const siret = z.string().trim().regex(/^\d{14}$/, 'doit comporter 14 chiffres');

/** A name of 3 to 150 characters; a trailing full stop is dropped rather than refused. */
export const name = z
  .string()
  .trim()
  .transform((value) => value.replace(/\.+$/, '').trim())
  .pipe(z.string().min(3, 'doit comporter au moins 3 caractères').max(150, 'doit comporter au plus 150 caractères'));

export const description = z
  .string()
  .trim()
  .min(5, 'doit comporter au moins 5 caractères')
  .max(10000, 'doit comporter au plus 10 000 caractères');

export const latitude = z.number().min(-90).max(90);
export const longitude = z.number().min(-180).max(180);

/** INSEE commune (5), département (2–3), EPCI SIREN (9), country code (99xxx) or `france`. */
export const zoneCode = z
  .string()
  .trim()
  .regex(/^(?:\w{5}|\w{2,3}|\d{9}|france)$/, 'n’est pas un code géographique (commune, département, EPCI ou « france »)');

export function enumOf(values: [string, ...string[]], listName: string) {
  return z.enum(values, { error: () => `valeur inconnue de la liste « ${listName} »` });
}
