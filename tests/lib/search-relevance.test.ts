import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../lib/search';
import { RELEVANCE_QUERIES, evaluateRelevance, relevanceDirectory } from '../../scripts/bench/relevance-set';

// The relevance set of issue 3: hand-written queries (typos, no accents, acronyms, former names,
// need words, contact names, town + network, territory) over ~65 real-looking partners mixed with
// ~5,000 generated distractors. `npm run bench` prints the same figures.
describe('search relevance', () => {
  const directory = relevanceDirectory(5000);
  const result = evaluateRelevance(createSearchIndex(directory));

  it('has at least 100 queries of every kind over thousands of partners', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(100);
    expect(directory.length).toBeGreaterThan(4000);
    const kinds = new Set(RELEVANCE_QUERIES.map((q) => q.kind));
    for (const kind of ['typo', 'accents', 'acronym', 'former name', 'need', 'contact', 'place', 'territory']) expect(kinds).toContain(kind);
  });

  it('puts the intended partner first for at least 88 % of queries and in the top 5 for at least 97 %', () => {
    const report = result.misses.map((m) => `"${m.query}" -> ${m.expect} at ${m.rank + 1}: ${m.got.join(' | ')}`).join('\n');
    expect(result.top1, report).toBeGreaterThanOrEqual(0.88);
    expect(result.top5, report).toBeGreaterThanOrEqual(0.97);
  });
});
