import { describe, expect, it, vi } from 'vitest';

// The page must not build the need lexicon for its rows' reasons when the worker said what the
// words name: the page's own lookup throws here, so a reason read from it fails the test.
vi.mock('../../lib/search/need-words', async (importActual) => {
  const actual = await importActual<typeof import('../../lib/search/need-words')>();
  return {
    ...actual,
    needsNamedBy: vi.fn(() => {
      throw new Error('the page built the need lexicon');
    }),
  };
});
const actual = await vi.importActual<typeof import('../../lib/search/need-words')>('../../lib/search/need-words');
const { matchReasons } = await import('../../lib/search/match-reason');
const { recallNamedNeeds, rememberNamedNeeds } = await import('../../lib/search/named-needs');

const DEBTS = 'difficultes-financieres--situation-dendettement-surendettement';

describe('what the typed words name, as the search worker says it', () => {
  it('gives each word of the query, the last one as a prefix, what the lexicon says it names', () => {
    const named = actual.namedNeedsOfQuery('dettes loge');
    expect(named['w:dettes']).toContain(DEBTS);
    expect(named['p:loge']).toEqual([...actual.needsNamedBy('loge', { prefix: true })]);
    expect(named['p:loge'].length).toBeGreaterThan(0);
    expect(Object.keys(named)).toEqual(['w:dettes', 'p:loge']);
  });

  it('lets a row say why it matched from what the worker said, without the page building the lexicon', () => {
    rememberNamedNeeds(actual.namedNeedsOfQuery('aide dettes'));
    expect(matchReasons('Crésus Hérault', [DEBTS], { query: 'aide dettes' })).toEqual(['Difficultés financières', 'Situation d’endettement ou de surendettement']);
    // A query the worker did not answer falls back to the page's own lexicon (here: throws).
    expect(() => matchReasons('Crésus Hérault', [DEBTS], { query: 'surendet' })).toThrow('the page built the need lexicon');
  });

  it('keeps only lists of texts under known keys from an answer', () => {
    rememberNamedNeeds({ 'p:zz': ['a'], 'x:zz': ['b'], 'w:yy': [1], 'w:ok': 'no' });
    rememberNamedNeeds(null);
    rememberNamedNeeds('p:zz');
    expect(recallNamedNeeds('zz', true)).toEqual(new Set(['a']));
    expect(recallNamedNeeds('zz', false)).toBeUndefined();
    expect(recallNamedNeeds('yy', false)).toBeUndefined();
    expect(recallNamedNeeds('ok', false)).toBeUndefined();
  });
});
