import type { MessageKey } from '../i18n';
import type { Partner, Service } from '../schema';
import { normalizeText } from '../search/normalize';
import type { PartnerGroup } from './grouping';
import { foldedName } from './grouping-rules';

/** One record of a merged structure, as its « Sources » block lists it. */
export interface GroupMember {
  id: string;
  /** data·inclusion `source` of the record (dora, soliguide, france-travail…). */
  source: string;
  /** Directory source (import, subscription) that brought it, when stored. */
  origin?: string;
  nom: string;
  /** What the card does not show from this record because a more trusted source has it. */
  others?: Partial<Record<ContactField, string>>;
  date_maj: string;
  lien_source?: string | null;
}

/**
 * Fields the card shows, each taken from the most trusted member that has it: the member of the
 * highest ranked source (the counsellor orders the sources), freshness deciding only between
 * records of one source.
 */
export const MERGED_FIELDS = ['nom', 'description', 'telephone', 'courriel', 'site_web', 'horaires_accueil', 'siret', 'accessibilite_lieu'] as const;
/** Where it is: taken together from one member, never a street from one and a town from another. */
const PLACE_FIELDS = ['adresse', 'complement_adresse', 'commune', 'code_postal', 'code_insee', 'latitude', 'longitude'] as const;

export type MergedField = (typeof MERGED_FIELDS)[number] | 'adresse';

/** Identity and contact fields whose other values stay visible in « Sources », with their origin. */
export const CONTACT_FIELDS = ['nom', 'telephone', 'courriel', 'site_web', 'adresse'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface GroupInfo {
  members: GroupMember[];
  /** Field -> index in `members` of the record its value comes from. */
  fields: Partial<Record<MergedField, number>>;
  /** Why the records were joined: message keys (« même SIRET »). */
  reasons: MessageKey[];
}

export type Grouped<P> = P & { group?: GroupInfo };

type Mergeable = Partner & { origin?: string; categories?: string[] };

const blank = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Trust rank of a member's directory source: higher first. Absent (a record not stored, in tests)
 * ranks every member alike, and freshness decides.
 */
export type RankOf = (origin: string | undefined) => number;

/** Freshest first; then data·inclusion's quality score; then the id, so the order is stable. */
function fresherFirst(a: Pick<Partner, 'date_maj' | 'id'> & { score_qualite?: number | null }, b: Pick<Partner, 'date_maj' | 'id'> & { score_qualite?: number | null }): number {
  if (a.date_maj !== b.date_maj) return a.date_maj > b.date_maj ? -1 : 1;
  const qa = a.score_qualite ?? 0;
  const qb = b.score_qualite ?? 0;
  if (qa !== qb) return qb - qa;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A service offered by several sources once: same folded name, the freshest record kept. */
function servicesOnce(members: readonly Partner[]): Service[] {
  const seen = new Set<string>();
  const services: Service[] = [];
  for (const member of members) {
    for (const service of [...member.services].sort(fresherFirst)) {
      const key = normalizeText(service.nom);
      if (seen.has(key)) continue;
      seen.add(key);
      services.push(service);
    }
  }
  return services;
}

/**
 * One partner for a group of records of the same structure: the id of the group (stable), each
 * field's freshest value with the record it comes from, every network and every service once.
 * A group of one is returned as it is.
 */
export function mergeGroup<P extends Mergeable>(group: PartnerGroup<P>, rankOf: RankOf = () => 0): Grouped<P> {
  if (group.members.length === 1) return group.members[0];
  const members = [...group.members].sort((a, b) => rankOf(b.origin) - rankOf(a.origin) || fresherFirst(a, b));
  const representative = group.members.find((m) => m.id === group.id) ?? members[0];
  const merged: Record<string, unknown> = { ...representative };
  const fields: GroupInfo['fields'] = {};
  for (const field of MERGED_FIELDS) {
    const from = members.findIndex((m) => !blank(m[field]));
    if (from >= 0) {
      merged[field] = members[from][field];
      fields[field] = from;
    }
  }
  // The freshest street address, else the freshest town.
  const street = members.findIndex((m) => !blank(m.adresse));
  const placed = street >= 0 ? street : members.findIndex((m) => !blank(m.commune));
  if (placed >= 0) {
    for (const field of PLACE_FIELDS) merged[field] = members[placed][field];
    fields.adresse = placed;
  }
  merged.id = group.id;
  // The most trusted member's source: « Signaler une erreur » writes to its coordinator.
  if (members[0].origin !== undefined) merged.origin = members[0].origin;
  merged.date_maj = members[0].date_maj;
  merged.score_qualite = Math.max(...members.map((m) => m.score_qualite ?? 0)) || null;
  merged.reseaux_porteurs = unionOrNull(members.map((m) => m.reseaux_porteurs));
  merged.services = servicesOnce(members);
  if (representative.categories) merged.categories = [...new Set(members.flatMap((m) => m.categories ?? []))];
  merged.group = {
    members: members.map((m) => ({ id: m.id, source: m.source, origin: m.origin, nom: m.nom, date_maj: m.date_maj, lien_source: m.lien_source, others: othersOf(m, merged) })),
    fields,
    reasons: group.reasons,
  } satisfies GroupInfo;
  return merged as Grouped<P>;
}

const compared: Record<ContactField, (value: string) => string> = {
  nom: (v) => foldedName(v),
  telephone: (v) => v.replace(/\D/g, '').replace(/^33(?=\d{9}$)/, '0'),
  courriel: (v) => v.trim().toLowerCase(),
  site_web: (v) => v.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''),
  adresse: (v) => normalizeText(v),
};

const placeText = (p: Partial<Partner>) => [p.adresse, [p.code_postal, p.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** The identity and contact values of a member that differ from what the merged card shows. */
function othersOf(member: Mergeable, merged: Record<string, unknown>): GroupMember['others'] {
  const others: NonNullable<GroupMember['others']> = {};
  for (const field of CONTACT_FIELDS) {
    // A record without a street says nothing against the card's address.
    const mine = field === 'adresse' ? (member.adresse ? placeText(member) : null) : (member[field] as string | null);
    const shown = field === 'adresse' ? placeText(merged as Partial<Partner>) : (merged[field] as string | null);
    if (mine && compared[field](mine) !== compared[field](shown ?? '')) others[field] = mine;
  }
  return Object.keys(others).length > 0 ? others : undefined;
}

function unionOrNull(lists: ReadonlyArray<readonly string[] | null | undefined>): string[] | null {
  const all = [...new Set(lists.flatMap((list) => list ?? []))];
  return all.length > 0 ? all : null;
}
