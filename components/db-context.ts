import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { RepereDB } from '../lib/db';

/** The database is provided by each page's entrypoint, so tests can hand in a fresh one. */
export const DbContext = createContext<RepereDB | null>(null);

/**
 * A database opened on demand (components/lazy-db.tsx): the popup's first render and first
 * results need no Dexie (issue 20), so its code loads after them. `open` loads and opens it now.
 */
export interface DbAccess {
  open(): Promise<RepereDB>;
}

export const DbAccessContext = createContext<DbAccess | null>(null);

export function useDb(): RepereDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('DbContext is missing: wrap the page in <DbContext.Provider>');
  return db;
}

/**
 * For what a page's first render shows: the database, or undefined while a lazy provider has not
 * opened it yet (then `open` loads it at once, for what cannot wait).
 */
export function useDbAccess(): { db: RepereDB | undefined; open: () => Promise<RepereDB> } {
  const db = useContext(DbContext);
  const access = useContext(DbAccessContext);
  if (!db && !access) throw new Error('DbContext is missing: wrap the page in <DbContext.Provider> or <LazyDbProvider>');
  // The same `open` for the page's life (also once a lazy provider has opened the database).
  const open = useMemo(() => access?.open ?? (() => Promise.resolve(db!)), [access, access ? undefined : db]);
  return { db: db ?? undefined, open };
}
