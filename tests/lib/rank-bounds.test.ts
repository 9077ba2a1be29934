import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchData } from '../../lib/search';
import { queryWords } from '../../lib/search/normalize';
import { PackedColumn, packColumn } from '../../lib/search/packed-column';
import { Ranker } from '../../lib/search/rank';
import { relevanceDirectory } from '../../scripts/bench/relevance-set';

// Issue 20: the ranker skips candidates (and whole runs of postings) that cannot enter the top N.
// Whatever it skips, its answer must be the one of reading and offering every candidate.
const partners = relevanceDirectory(2500);
const data = buildSearchData(partners);
const column = (values: string[]) => new PackedColumn(packColumn(values), values.length);
const rankData = () => ({ ...data, names: column(data.names), places: column(data.places) });
const words = [...new Set(data.names.flatMap((name) => name.split(' ')).filter((word) => word.length > 1))];

const typed = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).chain((word) => fc.integer({ min: 1, max: word.length }).map((n) => word.slice(0, n))), fc.constantFrom('france', 'mission', 'ccas', 'logement', 'sete', 'emploi', 'de')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(' '));
const options = fc.record({
  limit: fc.integer({ min: 1, max: 40 }),
  territory: fc.subarray(['34', '34172', '75', '69123']),
  categories: fc.oneof(fc.constant(undefined), fc.subarray(['logement-hebergement', 'famille', 'trouver-un-emploi'], { minLength: 1 })),
  favourites: fc.uniqueArray(fc.integer({ min: 0, max: partners.length - 1 }), { maxLength: 30 }),
});

describe('the ranker’s bounds (issue 20)', () => {
  it('give the top N of an exhaustive ranking, keystroke after keystroke', () => {
    const fast = new Ranker(rankData());
    const exhaustive = new Ranker(rankData(), { exhaustive: true });
    fc.assert(
      fc.property(typed, options, (text, { favourites, ...rest }) => {
        const flags = new Uint8Array(partners.length);
        for (const doc of favourites) flags[doc] = 1;
        const rankOptions = { ...rest, favourites: favourites.length ? flags : undefined };
        for (let i = 1; i <= text.length; i++) {
          const query = queryWords(text.slice(0, i));
          if (query.length === 0) continue;
          expect(fast.rank(query, rankOptions), text.slice(0, i)).toEqual(exhaustive.rank(query, rankOptions));
          fast.warm();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('pass over a short word’s candidates that cannot reach the top before reading their names', () => {
    // Reads of a name's length, one per candidate whose own ceiling is worked out.
    const counted = () => {
      const ranked = rankData();
      // Made once per index (it reads every name's length): not a candidate's read.
      ranked.names.firstCharCodes();
      let reads = 0;
      const lengthAt = ranked.names.lengthAt.bind(ranked.names);
      ranked.names.lengthAt = (doc: number) => {
        reads++;
        return lengthAt(doc);
      };
      return { data: ranked, reads: () => reads };
    };
    const fast = counted();
    const exhaustive = counted();
    const rankOptions = { limit: 10, territory: [] };
    for (const text of ['fra', 'mis', 'sec', 'france t']) {
      const before = { fast: fast.reads(), exhaustive: exhaustive.reads() };
      const answer = new Ranker(fast.data).rank(queryWords(text), rankOptions);
      expect(answer).toEqual(new Ranker(exhaustive.data, { exhaustive: true }).rank(queryWords(text), rankOptions));
      expect(answer).toHaveLength(10);
      // The exhaustive ranking reads every candidate's name; the bounded one stops most before.
      expect(fast.reads() - before.fast, text).toBeLessThan((exhaustive.reads() - before.exhaustive) / 3);
    }
  });
});
