import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RepereDB } from '../lib/db';

/** The database is provided by each page's entrypoint, so tests can hand in a fresh one. */
export const DbContext = createContext<RepereDB | null>(null);

export function useDb(): RepereDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('DbContext is missing: wrap the page in <DbContext.Provider>');
  return db;
}
