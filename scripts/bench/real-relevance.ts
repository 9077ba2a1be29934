import { readFileSync } from 'node:fs';
import { groupPartners, mergeGroup, parseDataInclusion, type PartnerGroup } from '../../lib/directory';
import { foldedName } from '../../lib/directory/grouping-rules';
import type { Partner } from '../../lib/schema';
import { createSearchIndex } from '../../lib/search';
import { REAL_QUERIES } from '../../tests/fixtures/real/paris-queries';

const FIXTURE = new URL('../../tests/fixtures/real/paris-data-inclusion.json', import.meta.url);

export interface RealRelevance {
  records: number;
  groups: number;
  merged: PartnerGroup[];
  /** Records sharing a SIRET or a folded name + postcode that the guards kept apart. */
  refused: Array<[Partner, Partner]>;
  queries: number;
  top1: number;
  top5: number;
  misses: Array<{ query: string; expect: string; rank: number; got: string[] }>;
}

/**
 * The relevance set on real open data: a Paris extract of data·inclusion (tests/fixtures/real),
 * grouped like the background groups it, queried as counsellors type (real names, acronyms, needs).
 */
export function evaluateRealRelevance(): RealRelevance {
  const input = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { structures: unknown[] };
  const { partners, problems } = parseDataInclusion({ structures: input.structures });
  if (problems.some((p) => p.severity === 'rejected')) throw new Error(`real extract: ${problems.map((p) => p.message).join('; ')}`);
  const groups = groupPartners(partners);
  const groupOf = new Map<string, string>();
  for (const group of groups) for (const member of group.members) groupOf.set(member.id, group.id);
  const index = createSearchIndex(groups.map((group) => mergeGroup(group) as Partner));
  let top1 = 0;
  let top5 = 0;
  const misses: RealRelevance['misses'] = [];
  for (const { query, expect } of REAL_QUERIES) {
    const hits = index.search(query, { limit: 20 });
    const rank = hits.findIndex((hit) => hit.partner.id === groupOf.get(expect));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 5) top5++;
    if (rank !== 0) misses.push({ query, expect, rank, got: hits.slice(0, 3).map((hit) => hit.partner.nom) });
  }
  const refused: Array<[Partner, Partner]> = [];
  partners.forEach((a, i) =>
    partners.slice(i + 1).forEach((b) => {
      const alike = (a.siret && a.siret === b.siret) || (a.code_postal === b.code_postal && foldedName(a.nom) === foldedName(b.nom));
      if (alike && groupOf.get(a.id) !== groupOf.get(b.id)) refused.push([a, b]);
    }),
  );
  return {
    records: partners.length,
    refused,
    groups: groups.length,
    merged: groups.filter((g) => g.members.length > 1),
    queries: REAL_QUERIES.length,
    top1: top1 / REAL_QUERIES.length,
    top5: top5 / REAL_QUERIES.length,
    misses,
  };
}
