import { useLiveQuery } from 'dexie-react-hooks';
import { partnersOfNetworks, type NetworkPartners } from '../../lib/db';
import { useDb } from '../db-context';

const NONE: readonly string[] = [];

/** The directory's partners of these networks (count and first few), kept current as it changes. */
export function useNetworkPartners(networks: readonly string[] | undefined, first = 5): NetworkPartners | undefined {
  const db = useDb();
  const list = networks ?? NONE;
  return useLiveQuery(() => partnersOfNetworks(db, list, first), [db, list.join(' '), first]);
}
