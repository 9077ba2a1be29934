import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { buildSearchData, partnerList, restoreSearchIndex } from '../../lib/search';
import { structure } from '../fixtures/records';

// Issue 20: the search worker receives the favourites as a new Set with every keystroke; the
// documents they flag are found once for the same favourites, not once per key.
describe('the favourites of a search', () => {
  const { partners } = parseDataInclusion({
    structures: [structure({ id: 'f--a', nom: 'CCAS de Sète' }), structure({ id: 'f--b', nom: 'CCAS de Frontignan' }), structure({ id: 'f--c', nom: 'CCAS de Balaruc' })],
  });
  const list = partnerList(partners);
  let lookups = 0;
  const counted = { ...list, length: list.length, at: list.at, indexOfId: (id: string) => (lookups++, list.indexOfId(id)) };
  const index = restoreSearchIndex(buildSearchData(partners), counted);

  it('are looked up once while they stay the same, again when they change', () => {
    expect(index.search('ccas', { favourites: new Set(['f--c']) })[0].partner.id).toBe('f--c');
    expect(index.search('ccas d', { favourites: new Set(['f--c']) })[0].partner.id).toBe('f--c');
    expect(lookups).toBe(1);
    expect(index.search('ccas de', { favourites: new Set(['f--b']) })[0].partner.id).toBe('f--b');
    expect(lookups).toBe(2);
  });
});
