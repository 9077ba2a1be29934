
/** The popup reopens on the last query for this long (the counsellor comes back to the same search). */
export const LAST_QUERY_TTL_MS = 10 * 60 * 1000;
/** Key in `storage.session`: memory only, gone when the browser closes. */
export const LAST_QUERY_KEY = 'lastQuery';

export interface StoredQuery {
  query: string;
  at: number;
}

/**
 * Checked by hand rather than with zod: the popup reads it on its first render, which loads no
 * zod at all (its core alone is some 60 KB). Anything else than `{ query: string ≤ 500, at: number }` is refused.
 */
function parseStoredQuery(value: unknown): StoredQuery | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { query, at } = value as Record<string, unknown>;
  return typeof query === 'string' && query.length <= 500 && typeof at === 'number' && Number.isFinite(at) ? { query, at } : undefined;
}

/** What to store when the query in the box changes. */
export function queryToStore(query: string, now: number): StoredQuery {
  return { query: query.slice(0, 500), at: now };
}

/** The query to reopen on: the stored one if it is under ten minutes old, else an empty box. */
export function queryToReopen(stored: unknown, now: number): string {
  const parsed = parseStoredQuery(stored);
  if (!parsed) return '';
  const age = now - parsed.at;
  return age >= 0 && age < LAST_QUERY_TTL_MS ? parsed.query : '';
}

export interface QueryWriter {
  /** The query in the box changed: written within `delayMs`, with whatever the box holds then. */
  record(query: string): void;
  /** Writes what is pending now (the popup is going away). */
  flush(): void;
}

/**
 * Writes the query in the box at most once per `delayMs`, the latest one always. Each write
 * (storage.session.set) cost the popup's main thread 0.4–1 ms in tasks of its own — its answer and
 * the storage.onChanged event in every extension page — and one per keystroke fell among the
 * keystroke's own work (issue 20). The page flushes when it hides: the counsellor closing the popup
 * right after a key still finds that query on reopening.
 */
export function createQueryWriter(write: (query: string) => void, delayMs = 400): QueryWriter {
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const query = pending;
    pending = undefined;
    write(query);
  };
  return {
    record(query) {
      pending = query;
      timer ??= setTimeout(flush, delayMs);
    },
    flush,
  };
}
