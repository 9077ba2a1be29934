import type { TerritoryPlace } from '../schema';
import type { RepereDB } from './database';
import { STARTER_SOURCE_ID } from './starter';

/** What the directory holds, said honestly on the welcome's last step. */
export interface DirectoryHoldings {
  /** The embedded starter's national numbers and networks: no address, they point to the local structure. */
  national: number;
  /** Partners located in the counsellor's territory (communes, EPCI members, départements). */
  local: number;
  /** Every other partner with an address or from a source of the counsellor's. */
  elsewhere: number;
  /** A few of the territory's partners, by name: the welcome opens their cards in one click. */
  examples: Array<{ id: string; nom: string }>;
}

const EXAMPLES = 5;

/** Postal codes start with the département's number; Corsica's 2A and 2B both start with 20. */
const postalPrefix = (departement: string) => (/^2[AB]$/i.test(departement) ? '20' : departement);

/**
 * Counts by territory, from the partners' indexed commune and postal codes only (keys, not
 * records): cheap at 100,000 partners. A partner held by two sources counts once.
 */
export async function directoryHoldings(db: RepereDB, territory: readonly TerritoryPlace[]): Promise<DirectoryHoldings> {
  const communes = new Set<string>();
  const departements = new Set<string>();
  for (const place of territory) {
    for (const code of [place.code, ...place.codes]) {
      if (/^\w{5}$/.test(code)) communes.add(code);
      else if (/^\w{2,3}$/.test(code)) departements.add(code.toUpperCase());
    }
  }
  return db.transaction('r', db.partners, async () => {
    const idOf = (key: unknown) => (key as [string, string])[1];
    const [national, keys, inCommunes, inDepartementsByInsee, inDepartementsByPostal] = await Promise.all([
      db.partners.where('origin').equals(STARTER_SOURCE_ID).count(),
      db.partners.where('origin').notEqual(STARTER_SOURCE_ID).primaryKeys(),
      communes.size ? db.partners.where('code_insee').anyOf([...communes]).primaryKeys() : [],
      departements.size ? db.partners.where('code_insee').startsWithAnyOf([...departements]).primaryKeys() : [],
      departements.size ? db.partners.where('code_postal').startsWithAnyOf([...departements].map(postalPrefix)).primaryKeys() : [],
    ]);
    const all = new Set(keys.map(idOf));
    const localKeys = new Map<string, unknown>();
    for (const key of [...inCommunes, ...inDepartementsByInsee, ...inDepartementsByPostal]) if (all.has(idOf(key))) localKeys.set(idOf(key), key);
    const sample = await db.partners.bulkGet([...localKeys.values()].slice(0, 50) as [string, string][]);
    const examples = sample
      .filter((p) => p !== undefined)
      .map((p) => ({ id: p.id, nom: p.nom }))
      .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
      .slice(0, EXAMPLES);
    return { national, local: localKeys.size, elsewhere: all.size - localKeys.size, examples };
  });
}
