import Fuse from 'fuse.js';
import type { Partner } from '../../lib/schema';
import { aliasesOfNetwork, labelOf } from '../../lib/taxonomy';

/**
 * The reference: plain Fuse.js over the same fields, as the first version of Repère used it
 * (weighted keys, threshold 0.35, ignoreLocation, accents ignored).
 */
export function plainFuse(partners: readonly Partner[]) {
  const docs = partners.map((partner) => ({
    partner,
    name: partner.nom,
    network: (partner.reseaux_porteurs ?? []).flatMap((n) => [labelOf('reseau', n), ...aliasesOfNetwork(n)]).join(' '),
    place: [partner.commune, partner.code_postal].filter(Boolean).join(' '),
    contacts: partner.services.map((s) => s.contact_nom_prenom ?? '').join(' '),
    services: partner.services.flatMap((s) => [s.nom, ...(s.thematiques ?? []).map((t) => labelOf('thematique', t))]).join(' '),
  }));
  const fuse = new Fuse(docs, {
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.35,
    keys: [
      { name: 'name', weight: 4 },
      { name: 'network', weight: 2 },
      { name: 'place', weight: 1.5 },
      { name: 'contacts', weight: 1.5 },
      { name: 'services', weight: 1 },
    ],
  });
  return {
    search: (query: string, limit = 20) => fuse.search(query, { limit }).map((hit) => ({ partner: hit.item.partner, score: hit.score ?? 1 })),
  };
}
