/**
 * Records are identified by (directory source, id): the same id in two sources is two records.
 * When several sources hold one id, the most trusted keeps it and the others are named
 * `id@@origin` (lib/db/directory-store.ts `scopeIds`). Pure helpers, shared by the grouping and
 * the store.
 */
const SCOPE = '@@';

/** The id a record has when a more trusted source holds the same id. */
export const scopedId = (origin: string, id: string) => `${id}${SCOPE}${origin}`;

/** The record's own id and source of a scoped id; undefined for a plain id. */
export function scopeOf(id: string): { id: string; origin: string } | undefined {
  const at = id.indexOf(SCOPE);
  return at > 0 ? { id: id.slice(0, at), origin: id.slice(at + SCOPE.length) } : undefined;
}

/** The id a record was published with, scoped or not. */
export const publishedId = (id: string) => scopeOf(id)?.id ?? id;

/** Directory sources that are the national data·inclusion API (lib/import/subscriptions.ts). */
export const NATIONAL_ORIGIN_PREFIX = 'api:data-inclusion:';

/**
 * Whether data·inclusion itself computed a record's `doublons` list: only records that came from
 * the national API. Any other file can write a `doublons` field claiming a trusted record.
 */
export const doublonsComputedByDataInclusion = (origin: string | undefined) => origin?.startsWith(NATIONAL_ORIGIN_PREFIX) ?? false;
