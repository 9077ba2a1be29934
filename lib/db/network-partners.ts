import type { RepereDB, StoredPartner } from './database';
import { publishedId, scopeIds } from './directory-store';

export interface NetworkPartners {
  /** Partners of the directory carried by one of these networks, one per id. */
  count: number;
  /** The first few of them by name, as the card would show them. */
  first: StoredPartner[];
}

/**
 * The directory's partners of some réseaux porteurs (a reference entry's « partenaires
 * locaux »): counted from the multi-entry index's keys, so a national directory's 30,000 communes
 * are not read to count them; only the first few records are read.
 */
export async function partnersOfNetworks(db: RepereDB, networks: readonly string[], first = 5): Promise<NetworkPartners> {
  if (networks.length === 0) return { count: 0, first: [] };
  const matching = () => db.partners.where('reseaux_porteurs').anyOf([...networks]);
  const [keys, rows, sources] = await Promise.all([matching().primaryKeys(), matching().limit(first * 4).toArray(), db.sources.toArray()]);
  const ids = new Set(keys.map((key) => key[1]));
  // Every holder of those ids, so each record gets the id the search gives it (lib/db/directory-store.ts).
  const holders = await db.partners.where('id').anyOf([...new Set(rows.map((r) => r.id))]).toArray();
  const fetched = new Set(rows.map((r) => `${r.origin}\n${r.id}`));
  const shown = scopeIds(holders, sources)
    .filter((p) => fetched.has(`${p.origin}\n${publishedId(p.id)}`))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' }))
    .slice(0, first);
  return { count: ids.size, first: shown };
}
