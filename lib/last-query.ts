import { z } from 'zod';

/** The popup reopens on the last query for this long (the counsellor comes back to the same search). */
export const LAST_QUERY_TTL_MS = 10 * 60 * 1000;
/** Key in `storage.session`: memory only, gone when the browser closes. */
export const LAST_QUERY_KEY = 'lastQuery';

const StoredQuerySchema = z.object({ query: z.string().max(500), at: z.number() });
export type StoredQuery = z.infer<typeof StoredQuerySchema>;

/** What to store when the query in the box changes. */
export function queryToStore(query: string, now: number): StoredQuery {
  return { query: query.slice(0, 500), at: now };
}

/** The query to reopen on: the stored one if it is under ten minutes old, else an empty box. */
export function queryToReopen(stored: unknown, now: number): string {
  const parsed = StoredQuerySchema.safeParse(stored);
  if (!parsed.success) return '';
  const age = now - parsed.data.at;
  return age >= 0 && age < LAST_QUERY_TTL_MS ? parsed.data.query : '';
}
