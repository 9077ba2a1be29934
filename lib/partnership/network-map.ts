import type { RepereDB, StoredPartner } from '../db/database';
import type { PartnershipStatus } from '../schema';
import { boardPartners } from './board';
import { standingOf, type FollowUpData } from './due';
import { loadFollowUpData } from './store';

/** One partner on the « carte des acteurs ». */
export interface MapEntry {
  id: string;
  nom: string;
  favourite: boolean;
  status: PartnershipStatus;
  conventionEnd: string | null;
  lastContact: string | null;
  telephone: string | null;
}

export interface MapGroup {
  /** data·inclusion category, or '' for partners that serve none. */
  category: string;
  communes: { commune: string; entries: MapEntry[] }[];
}

/**
 * The counsellor's network grouped by need category then commune: favourites and every partner
 * with a status or a contact. A partner serving several needs appears under each.
 */
export function networkMap(data: FollowUpData, partners: ReadonlyMap<string, StoredPartner>): MapGroup[] {
  const partnerships = new Map(data.partnerships.map((p) => [p.partnerId, p]));
  const favourites = new Set(data.favourites);
  const ids = new Set([...favourites, ...data.partnerships.filter((p) => p.status !== 'aucun').map((p) => p.partnerId), ...data.log.map((e) => e.partnerId)]);
  const byCategory = new Map<string, Map<string, MapEntry[]>>();
  for (const id of ids) {
    const partner = partners.get(id);
    const partnership = partnerships.get(id);
    const entry: MapEntry = {
      id,
      nom: partner?.nom ?? partnership?.partnerName ?? id,
      favourite: favourites.has(id),
      status: partnership?.status ?? (data.log.some((e) => e.partnerId === id) ? 'contact' : 'aucun'),
      conventionEnd: partnership?.status === 'convention' ? (partnership.convention?.fin ?? null) : null,
      lastContact: standingOf(partnership, data.log.filter((e) => e.partnerId === id)).lastContact,
      telephone: partner?.telephone ?? null,
    };
    const categories = partner?.categories.length ? partner.categories : [''];
    for (const category of categories) {
      const communes = byCategory.get(category) ?? new Map<string, MapEntry[]>();
      const commune = partner?.commune ?? '';
      communes.set(commune, [...(communes.get(commune) ?? []), entry]);
      byCategory.set(category, communes);
    }
  }
  const fr = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'fr'));
  return [...byCategory.entries()]
    .sort(([a], [b]) => fr(a, b))
    .map(([category, communes]) => ({
      category,
      communes: [...communes.entries()]
        .sort(([a], [b]) => fr(a, b))
        .map(([commune, entries]) => ({ commune, entries: entries.sort((a, b) => a.nom.localeCompare(b.nom, 'fr')) })),
    }));
}

export async function loadNetworkMap(db: RepereDB): Promise<MapGroup[]> {
  const data = await loadFollowUpData(db);
  const ids = [...data.favourites, ...data.partnerships.map((p) => p.partnerId), ...data.log.map((e) => e.partnerId)];
  return networkMap(data, await boardPartners(db, ids));
}
