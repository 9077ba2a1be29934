import { useMemo } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadPartners, type StoredPartner } from '../lib/db';
import { createSearchIndex, type SearchIndex } from '../lib/search';
import { useDb } from './db-context';

export interface Directory {
  index: SearchIndex<StoredPartner>;
  byId: Map<string, StoredPartner>;
}

/** The directory and its search index, rebuilt only when the stored directory changes. */
export function useDirectory(): Directory | undefined {
  const db = useDb();
  const partners = useLiveQuery(() => loadPartners(db), [db]);
  return useMemo(() => {
    if (!partners) return undefined;
    return { index: createSearchIndex(partners), byId: new Map(partners.map((p) => [p.id, p])) };
  }, [partners]);
}
