import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RepereDB } from '../lib/db/database';
import { DbAccessContext, DbContext, type DbAccess } from './db-context';
import { afterFirstResults } from './first-results';

/**
 * Provides the database without loading Dexie on the first render: its code (a chunk of its own)
 * loads once the first results are shown, or earlier when something asks `open()` (a card, a page
 * opened to print). Until then `useDb()` has no database: code of the first render uses
 * `useDbAccess()`, and lazy components (components/lazy.tsx) wait for it.
 */
export function LazyDbProvider({ children, load }: { children: ComponentChildren; load: () => Promise<RepereDB> }) {
  const [db, setDb] = useState<RepereDB>();
  const access = useMemo((): DbAccess => {
    let opening: Promise<RepereDB> | undefined;
    return {
      open: () =>
        (opening ??= load().then((opened) => {
          setDb(() => opened);
          return opened;
        })),
    };
  }, []);
  useEffect(() => afterFirstResults(() => void access.open()), []);
  return (
    <DbAccessContext.Provider value={access}>
      <DbContext.Provider value={db ?? null}>{children}</DbContext.Provider>
    </DbAccessContext.Provider>
  );
}
