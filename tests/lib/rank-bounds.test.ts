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
});
