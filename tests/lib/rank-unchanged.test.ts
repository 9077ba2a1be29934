import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchIndex } from '../../lib/search';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';
import { RANK_CASE_SIZE, rankAnswers } from '../../scripts/bench/rank-cases';

// Issue 20 made the ranker faster (the keystroke at 100,000 partners); its answers must not move.
// The fixture holds the ranks of c868b72, the ranker before that work, for every case of
// scripts/bench/rank-cases.ts on the synthetic directory.
const before = JSON.parse(readFileSync(new URL('../fixtures/search/ranks-c868b72.json', import.meta.url), 'utf8')) as unknown;

describe('the ranks of the synthetic directory (issue 20)', () => {
  const index = createSearchIndex(relevanceDirectory(RANK_CASE_SIZE));

  it('are those of the ranker before the keystroke work', () => {
    expect(rankAnswers(index)).toEqual(before);
  });

  it('are the same when the worker warms the whole words between keystrokes', () => {
    const warming: SearchIndex<never> = {
      size: index.size,
      search: (query, options) => {
        const hits = index.search(query, options);
        index.warm?.();
        return hits as never;
      },
    };
    expect(rankAnswers(warming)).toEqual(before);
  });
});
