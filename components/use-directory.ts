import { useMemo } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { contactNamesByPartner, loadPartners, type StoredPartner } from '../lib/db';
import { createSearchIndex, type SearchIndex } from '../lib/search';
import { useDb } from './db-context';

export interface Directory {
  index: SearchIndex<StoredPartner>;
  byId: Map<string, StoredPartner>;
}

/**
 * The directory and its search index, rebuilt only when the stored directory or the
 * counsellor's own contact names change (a contact's name finds its partner).
 */
export function useDirectory(): Directory | undefined {
  const db = useDb();
  const partners = useLiveQuery(() => loadPartners(db), [db]);
  const contacts = useLiveQuery(() => contactNamesByPartner(db), [db]);
  return useMemo(() => {
    if (!partners || !contacts) return undefined;
    return { index: createSearchIndex(partners, { contacts }), byId: new Map(partners.map((p) => [p.id, p])) };
  }, [partners, contacts]);
}
