import { CATEGORIES, aliasesOfNetwork, labelOf } from '../taxonomy';
import { CARRIER_KINDS, type CarrierKind, type ReferenceEntry } from './schema';

const byName = (a: ReferenceEntry, b: ReferenceEntry) => (a.sigle ?? a.nom).localeCompare(b.sigle ?? b.nom, 'fr', { sensitivity: 'base' });

/** Entries grouped by who carries them, in the fixed order of CARRIER_KINDS, sorted by name. */
export function entriesByCarrier(entries: readonly ReferenceEntry[]): { kind: CarrierKind; entries: ReferenceEntry[] }[] {
  return CARRIER_KINDS.map((kind) => ({ kind, entries: entries.filter((e) => e.porteur_type === kind).sort(byName) })).filter((group) => group.entries.length > 0);
}

/**
 * Entries grouped by the data·inclusion need they answer (an entry can answer several), in the
 * categories' order; entries that name no need are left out (federations, heads of network).
 */
export function entriesByNeed(entries: readonly ReferenceEntry[]): { category: string; label: string; entries: ReferenceEntry[] }[] {
  return CATEGORIES.map((category) => ({
    category: category.value,
    label: category.label,
    entries: entries.filter((e) => e.categories?.includes(category.value)).sort(byName),
  })).filter((group) => group.entries.length > 0);
}

/**
 * The words that list the directory's partners of an entry's network (« voir tout »): the
 * network's data·inclusion label when short, else its first known alias (« CCAS »).
 */
export function seeAllQuery(entry: ReferenceEntry): string | undefined {
  const network = entry.reseaux_porteurs?.[0];
  if (!network) return undefined;
  const label = labelOf('reseau', network);
  if (label.length <= 30) return label;
  return aliasesOfNetwork(network)[0] ?? entry.sigle ?? entry.nom;
}
