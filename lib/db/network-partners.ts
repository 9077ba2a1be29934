import type { RepereDB, StoredPartner } from './database';
import { publishedId, scopeIds } from './directory-store';
import { networksOfName } from '../search/name-kinds';
import { wordsOf } from '../search/normalize';

export interface NetworkPartners {
  /** Partners of the directory carried by one of these networks, one per id. */
  count: number;
  /** The first few of them by name, as the card would show them. */
  first: StoredPartner[];
}

/**
 * The directory's partners of some réseaux porteurs (a reference entry's « partenaires
 * locaux »): those that carry the network, and those whose name reveals it (« PLIE de Roubaix »,
 * which the search finds for « plie » too). Counted from index keys (the networks' multi-entry
 * index, the names' index), so a national directory's records are not read to count them; only
 * the first few records are read.
 */
export async function partnersOfNetworks(db: RepereDB, networks: readonly string[], first = 5): Promise<NetworkPartners> {
  if (networks.length === 0) return { count: 0, first: [] };
  const matching = () => db.partners.where('reseaux_porteurs').anyOf([...networks]);
  const wanted = new Set(networks);
  const named: Array<[string, string]> = [];
  const byName = db.partners.orderBy('nom').eachKey((nom, cursor) => {
    if (typeof nom === 'string' && networksOfName(wordsOf(nom)).some((network) => wanted.has(network))) named.push(cursor.primaryKey as [string, string]);
  });
  const [keys, carried, sources] = await Promise.all([matching().primaryKeys(), matching().limit(first * 4).toArray(), db.sources.toArray(), byName]);
  const ids = new Set([...keys, ...named].map((key) => publishedId(key[1])));
  const namedRows = (await db.partners.bulkGet(named.slice(0, first * 4))).filter((row): row is StoredPartner => row !== undefined);
  const rows = [...carried, ...namedRows];
  // Every holder of those ids, so each record gets the id the search gives it (lib/db/directory-store.ts).
  const holders = await db.partners.where('id').anyOf([...new Set(rows.map((r) => r.id))]).toArray();
  const fetched = new Set(rows.map((r) => `${r.origin}\n${r.id}`));
  const shown = scopeIds(holders, sources)
    .filter((p) => fetched.has(`${p.origin}\n${publishedId(p.id)}`))
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' }))
    .slice(0, first);
  return { count: ids.size, first: shown };
}
