import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { createSearchIndex, normalizeText } from '../../lib/search';
import { service, structure } from '../fixtures/records';

const { partners } = parseDataInclusion({
  structures: [
    structure(),
    structure({ id: 't--ccas', nom: 'CCAS de Sète', reseaux_porteurs: ['ccas-cias'] }),
    structure({ id: 't--ft', nom: 'France Travail Sète', reseaux_porteurs: ['france-travail'] }),
    structure({ id: 't--coeur', nom: 'Restos du Cœur de Vandœuvre', reseaux_porteurs: ['restos-du-coeur'], commune: 'Vandœuvre-lès-Nancy' }),
  ],
  services: [service()],
});
const index = createSearchIndex(partners, { contacts: new Map([['t--ccas', ['Karim Haddad']]]) });
const first = (query: string) => index.search(query)[0]?.partner.id;

describe('normalizeText', () => {
  it.each([
    ['Vandœuvre-lès-Nancy', 'vandoeuvre les nancy'],
    ['L’École   de la 2e CHANCE', 'l ecole de la 2e chance'],
    ['Æsop', 'aesop'],
  ])('%s -> %s', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });
});

describe('search', () => {
  it.each([
    ['mision locale', 'test--ml-sete'],
    ['MISSION LOCALE thau', 'test--ml-sete'],
    ['ccas', 't--ccas'],
    ['pole emploi', 't--ft'],
    ['coeur vandoeuvre', 't--coeur'],
    ['Benali', 'test--ml-sete'],
    ['haddad', 't--ccas'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('sete', { limit: 2 })).toHaveLength(2);
  });

  it('restricts to partners serving the given categories', () => {
    expect(index.search('sete', { categories: ['mobilite'] }).map((h) => h.partner.id)).toEqual(['test--ml-sete']);
  });
});
