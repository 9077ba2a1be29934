import type { PartnerSummary } from './search-index';

/** Partners kept at most: a few hundred keystrokes' worth of rows; beyond, the map starts again. */
const MAX_KEPT = 2000;

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => item === b[i]);
}

function sameSummary(a: PartnerSummary, b: PartnerSummary): boolean {
  const keys = Object.keys(a) as (keyof PartnerSummary)[];
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}

/**
 * One object per partner from answer to answer (issue 20). The search worker's answers cross by
 * structured clone, so each keystroke brings new objects for the same rows; giving back the
 * object already held for an unchanged summary lets the rows' memoisation (ResultList) and their
 * caches (row facts, reasons) see the same record and skip it. A changed summary replaces it.
 */
export function stableSummaries<P extends PartnerSummary>(): (partners: readonly P[]) => P[] {
  let kept = new Map<string, P>();
  return (partners) =>
    partners.map((partner) => {
      const held = kept.get(partner.id);
      if (held && sameSummary(held, partner)) return held;
      if (kept.size >= MAX_KEPT) kept = new Map();
      kept.set(partner.id, partner);
      return partner;
    });
}
