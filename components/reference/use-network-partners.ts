import { useEffect } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { partnersOfNetworks, type NetworkPartners } from '../../lib/db';
import { useDbAccess } from '../db-context';

const NONE: readonly string[] = [];

/** The directory's partners of these networks (count and first few), kept current as it changes. */
export function useNetworkPartners(networks: readonly string[] | undefined, first = 5): NetworkPartners | undefined {
  // In the popup the database may not be open yet (components/lazy-db.tsx): an entry opened early opens it.
  const { db, open } = useDbAccess();
  useEffect(() => {
    if (!db) void open();
  }, [db]);
  const list = networks ?? NONE;
  return useLiveQuery(() => (db ? partnersOfNetworks(db, list, first) : undefined), [db, list.join(' '), first]);
}
