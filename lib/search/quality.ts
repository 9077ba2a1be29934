import type { Partner } from '../schema';

const DAY = 24 * 60 * 60 * 1000;

/** Share of what a counsellor needs to orient someone that the record gives (0–1). */
export function completenessOf(partner: Partner): number {
  const present = [
    partner.telephone,
    partner.courriel,
    partner.site_web,
    partner.adresse || partner.commune,
    partner.horaires_accueil,
    partner.description,
    partner.services.length > 0 ? 'services' : null,
  ].filter(Boolean).length;
  return present / 7;
}

/** 1 for a record updated within a year, less as it ages, 0 after three years. */
export function freshnessScore(dateMaj: string, now: number): number {
  const days = (now - Date.parse(`${dateMaj}T00:00:00Z`)) / DAY;
  if (!(days >= 0)) return 1;
  if (days <= 365) return 1;
  if (days <= 730) return 0.6;
  if (days <= 1095) return 0.3;
  return 0;
}

/**
 * How much a record can be trusted, 0–1: complete, fresh, and data·inclusion's own quality
 * score when its API gave one. Ranks records of equal relevance, never a poor match over a good one.
 */
export function qualityOf(partner: Partner, now: number): number {
  const completeness = completenessOf(partner);
  const score = partner.score_qualite ?? completeness;
  return 0.5 * completeness + 0.3 * freshnessScore(partner.date_maj, now) + 0.2 * score;
}
