import { describe, expect, it } from 'vitest';
import { evaluateRealRelevance } from '../../scripts/bench/real-relevance';

// Real open data (issue 15): 78 data·inclusion records of Paris from four producers, grouped as the
// extension groups them, and 70 queries typed as counsellors type them. `npm run eval` prints it.
describe('search relevance on real open data', () => {
  const result = evaluateRealRelevance();

  it('finds the intended structure first for at least 95 % of queries and in the top 5 for all', () => {
    const report = result.misses.map((m) => `"${m.query}" -> ${m.expect} at ${m.rank + 1}: ${m.got.join(' | ')}`).join('\n');
    expect(result.queries).toBeGreaterThanOrEqual(60);
    expect(result.top1, report).toBeGreaterThanOrEqual(0.95);
    expect(result.top5, report).toBe(1);
  });

  it('groups the records of one establishment and keeps look-alikes apart', () => {
    expect(result.records).toBe(78);
    expect(result.groups).toBe(74);
    const names = result.merged.map((g) => g.members.map((m) => m.nom).sort().join(' + '));
    expect(names).toContain('EMMAUS SOLIDARITE + EMMAUS SOLIDARITE + EMMAUS SOLIDARITE');
    // Same address, another SIRET: two associations.
    expect(names.some((n) => n.includes('COMMUNAUTE EMMAUS'))).toBe(false);
    const apart = result.refused.map(([a, b]) => `${a.nom} / ${b.nom}`);
    expect(apart).toEqual(expect.arrayContaining(['CROIX ROUGE FRANCAISE / CROIX ROUGE FRANCAISE', 'OEUVRE FALRET / OEUVRE FALRET', 'CENTRE D ACTION SOCIALE PROTESTANT / CENTRE D ACTION SOCIALE PROTESTANT']));
  });
});
