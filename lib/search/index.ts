import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Partner } from '../schema';
import { categoriesOfPartner } from '../directory';
import { aliasesOfNetwork, labelOf } from '../taxonomy';
import { normalizeText } from './normalize';

export { normalizeText } from './normalize';

export interface SearchHit<P extends Partner = Partner> {
  partner: P;
  /** 0 is a perfect match, 1 no match at all (Fuse's convention). */
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /**
   * Keep only partners serving one of these data·inclusion categories. With an empty query,
   * every partner serving them is listed, those serving more of them first (the needs panel).
   */
  categories?: readonly string[];
  /** With `categories` and an empty query: partners offering these precise thematiques come first. */
  thematiques?: readonly string[];
  /**
   * The counsellor's territory: INSEE commune codes, département codes, EPCI SIREN codes.
   * Partners located there, or whose services' zone_eligibilite covers it, rank higher (a boost,
   * not a filter).
   */
  territory?: readonly string[];
  /** Ids of the counsellor's favourites: they rank higher. */
  favourites?: ReadonlySet<string>;
}

/** What the counsellor knows that the directory does not, indexed with the partner. */
export interface SearchExtras {
  /** Partner id -> names of the counsellor's own contacts there ("Benali" finds the CCAS). */
  contacts?: ReadonlyMap<string, readonly string[]>;
}

export interface SearchIndex<P extends Partner = Partner> {
  search(query: string, options?: SearchOptions): SearchHit<P>[];
  readonly size: number;
}

interface Doc<P> {
  partner: P;
  categories: string[];
  thematiques: Set<string>;
  name: string;
  network: string;
  place: string;
  services: string;
  contacts: string;
}

const FUSE_OPTIONS: IFuseOptions<unknown> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.35,
  useExtendedSearch: true,
  keys: [
    { name: 'name', weight: 4 },
    { name: 'network', weight: 2 },
    { name: 'place', weight: 1.5 },
    { name: 'contacts', weight: 1.5 },
    { name: 'services', weight: 1 },
  ],
};

function toDoc<P extends Partner>(partner: P, extras: SearchExtras): Doc<P> {
  const networks = (partner.reseaux_porteurs ?? []).flatMap((n) => [labelOf('reseau', n), ...aliasesOfNetwork(n)]);
  const services = partner.services.flatMap((s) => [s.nom, ...(s.thematiques ?? []).map((t) => labelOf('thematique', t))]);
  return {
    partner,
    categories: categoriesOfPartner(partner),
    thematiques: new Set(partner.services.flatMap((s) => s.thematiques ?? [])),
    name: normalizeText(partner.nom),
    network: normalizeText(networks.join(' ')),
    place: normalizeText([partner.commune, partner.code_postal].filter(Boolean).join(' ')),
    services: normalizeText(services.join(' ')),
    contacts: normalizeText(
      [...partner.services.map((s) => s.contact_nom_prenom ?? ''), ...(extras.contacts?.get(partner.id) ?? [])].join(' '),
    ),
  };
}

/** Partners -> an index queried word by word, tolerant of typos, accents and case. */
export function createSearchIndex<P extends Partner>(partners: readonly P[], extras: SearchExtras = {}): SearchIndex<P> {
  const docs = partners.map((partner) => toDoc(partner, extras));
  const fuse = new Fuse(docs, FUSE_OPTIONS as IFuseOptions<Doc<P>>);
  return {
    size: docs.length,
    search(query, options = {}) {
      const normalized = normalizeText(query);
      if (!normalized) return options.categories?.length ? browse(docs, options) : [];
      const wanted = options.categories?.length ? new Set(options.categories) : undefined;
      const hits = fuse
        .search(normalized)
        .filter((hit) => !wanted || hit.item.categories.some((c) => wanted.has(c)))
        .map((hit) => ({ partner: hit.item.partner, score: hit.score ?? 1 }));
      return hits.slice(0, options.limit ?? 20);
    },
  };
}

/**
 * No words typed, only needs: every partner serving at least one wanted category. Serving more
 * of the needs, the precise thematique and being a favourite rank higher; then by name, so the
 * order is stable. TODO(issue 3): apply the territory boost here too once it lands in search().
 */
function browse<P extends Partner>(docs: readonly Doc<P>[], options: SearchOptions): SearchHit<P>[] {
  const wanted = new Set(options.categories);
  const themes = new Set(options.thematiques ?? []);
  const hits: SearchHit<P>[] = [];
  for (const doc of docs) {
    const served = doc.categories.filter((c) => wanted.has(c)).length;
    if (served === 0) continue;
    const precise = [...themes].some((t) => doc.thematiques.has(t)) ? 1 : 0;
    const coverage = served / wanted.size;
    const favourite = options.favourites?.has(doc.partner.id) ? 1 : 0;
    hits.push({ partner: doc.partner, score: 1 - (0.6 * coverage + 0.25 * precise + 0.15 * favourite) });
  }
  hits.sort((a, b) => a.score - b.score || a.partner.nom.localeCompare(b.partner.nom, 'fr'));
  return hits.slice(0, options.limit ?? 20);
}
