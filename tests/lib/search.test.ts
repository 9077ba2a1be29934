import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { buildSearchSnapshot, createSearchIndex, normalizeText, queryWords, restoreSnapshot } from '../../lib/search';
import { boundedDistance } from '../../lib/search/edit-distance';
import { service, structure } from '../fixtures/records';

const { partners } = parseDataInclusion({
  structures: [
    structure(),
    structure({ id: 't--ccas', nom: 'CCAS de Sète', reseaux_porteurs: ['ccas-cias'], telephone: '04 99 04 76 00' }),
    structure({ id: 't--ft', nom: 'France Travail Sète', reseaux_porteurs: ['france-travail'] }),
    structure({ id: 't--coeur', nom: 'Restos du Cœur de Vandœuvre', reseaux_porteurs: ['restos-du-coeur'], commune: 'Vandœuvre-lès-Nancy', code_insee: '54547', code_postal: '54500' }),
    structure({ id: 't--ft-lunel', nom: 'France Travail Lunel', reseaux_porteurs: ['france-travail'], commune: 'Lunel', code_insee: '34145', code_postal: '34400' }),
    structure({ id: 't--ft-lyon', nom: 'France Travail Lyon Part-Dieu', reseaux_porteurs: ['france-travail'], commune: 'Lyon', code_insee: '69123', code_postal: '69003' }),
    structure({ id: 't--pcb', nom: 'Point conseil budget Thau', reseaux_porteurs: ['points-conseil-budget'] }),
    structure({ id: 't--stjean', nom: 'Centre social Saint-Jean', reseaux_porteurs: null }),
  ],
  services: [
    service(),
    service({ id: 't--pcb--1', structure_id: 't--pcb', nom: 'Conseil budgétaire', thematiques: ['difficultes-financieres--situation-dendettement-surendettement'], contact_nom_prenom: null }),
    service({ id: 't--ft-lyon--1', structure_id: 't--ft-lyon', nom: 'Accompagnement', thematiques: ['trouver-un-emploi--repondre-a-des-offres-demploi'], contact_nom_prenom: null, zone_eligibilite: ['69'] }),
  ],
});
const index = createSearchIndex(partners, { contacts: new Map([['t--ccas', ['Karim Haddad']]]) });
const ids = (query: string, options = {}) => index.search(query, options).map((hit) => hit.partner.id);
const first = (query: string, options = {}) => ids(query, options)[0];

describe('normalizeText', () => {
  it.each([
    ['Vandœuvre-lès-Nancy', 'vandoeuvre les nancy'],
    ['L’École   de la 2e CHANCE', 'l ecole de la 2e chance'],
    ['Æsop', 'aesop'],
    ['St-Jean & Ste-Marie', 'saint jean et sainte marie'],
    ['STADE', 'stade'],
  ])('%s -> %s', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('joins a phone typed in groups into one token, and keeps postal codes and numbers whole', () => {
    expect(queryWords('04 67 83.12')).toEqual(['04678312']);
    expect(queryWords('+33 4 67 83 12 40')).toEqual(['0467831240']);
    expect(queryWords('mission 34200')).toEqual(['mission', '34200']);
    expect(queryWords('115')).toEqual(['115']);
  });
});

describe('boundedDistance', () => {
  it.each([
    ['mision', 'mission', 1, false, 1],
    ['populiare', 'populaire', 1, false, 1],
    ['secours', 'secours', 1, false, 0],
    ['venisieux', 'venissieux', 2, false, 1],
    ['abc', 'xyz', 1, false, 2],
    ['missoin', 'missionnaire', 1, true, 1],
    ['missi', 'mission', 1, true, 0],
  ])('%s ~ %s (max %i, prefix %s) = %i', (a, b, max, prefix, expected) => {
    expect(boundedDistance(a, b, max, prefix)).toBe(expected);
  });
});

describe('search', () => {
  it.each([
    ['mision locale', 'test--ml-sete'],
    ['MISSION LOCALE thau', 'test--ml-sete'],
    ['ccas', 't--ccas'],
    ['ccas sete', 't--ccas'],
    ['pole emploi sete', 't--ft'],
    ['pole emploi lunel', 't--ft-lunel'],
    ['coeur vandoeuvre', 't--coeur'],
    ['restos du coeur nancy', 't--coeur'],
    ['Benali', 'test--ml-sete'],
    ['benalli', 'test--ml-sete'],
    ['haddad', 't--ccas'],
    ['04 99 04', 't--ccas'],
    ['dettes', 't--pcb'],
    ['surendettement sete', 't--pcb'],
    ['garantie jeunes', 'test--ml-sete'],
    ['st jean', 't--stjean'],
    ['france travail ly', 't--ft-lyon'],
    ['france travail lu', 't--ft-lunel'],
    ['france travail p', 't--ft-lyon'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('needs every meaningful word (stop words are optional)', () => {
    expect(ids('france travail lunel')).toEqual(['t--ft-lunel']);
    expect(ids('france travail de lunel')).toEqual(['t--ft-lunel']);
  });

  it('shows partners missing one word when none has them all', () => {
    expect(ids('ccas lunel')).toContain('t--ccas');
  });

  it('returns nothing for an empty query or unknown words, and respects the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzqxw')).toEqual([]);
    expect(index.search('sete', { limit: 2 })).toHaveLength(2);
  });

  it('orders exact names first and gives scores from 0 (best) to 1', () => {
    const hits = index.search('france travail sete');
    expect(hits[0].partner.id).toBe('t--ft');
    for (const hit of hits) expect(hit.score).toBeGreaterThanOrEqual(0);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
  });

  it('restricts to partners serving the given categories', () => {
    expect(ids('sete', { categories: ['mobilite'] })).toEqual(['test--ml-sete']);
  });

  it('ranks partners of the territory (commune, département or eligibility zone) first, without filtering others', () => {
    // Without a territory the more complete record (Lyon has a service) leads among equals (issue 15).
    expect(first('france travail')).not.toBe('t--ft-lunel');
    expect(first('france travail', { territory: ['69123'] })).toBe('t--ft-lyon');
    expect(first('france travail', { territory: ['69'] })).toBe('t--ft-lyon');
    expect(first('france travail', { territory: ['34145'] })).toBe('t--ft-lunel');
    expect(ids('france travail', { territory: ['69'] })).toEqual(expect.arrayContaining(['t--ft', 't--ft-lunel']));
  });

  it('ranks favourites first among equals', () => {
    expect(first('france travail', { favourites: new Set(['t--ft-lyon']) })).toBe('t--ft-lyon');
  });

  it('takes a name the need lexicon lists as a cue ("Wimoov") as that organisation, not as the need', () => {
    const local = createSearchIndex(
      parseDataInclusion({
        structures: [structure({ id: 'w', nom: 'Wimoov', reseaux_porteurs: ['wimoov'] }), structure({ id: 'a', nom: 'Auto-école sociale', reseaux_porteurs: null })],
        services: [service({ id: 'w1', structure_id: 'w' }), service({ id: 'a1', structure_id: 'a', contact_nom_prenom: null })],
      }).partners,
    );
    expect(local.search('wimoov', { categories: ['mobilite'] }).map((h) => h.partner.id)).toEqual(['w']);
    expect(local.search('permis', { categories: ['mobilite'] }).map((h) => h.partner.id).sort()).toEqual(['a', 'w']);
  });

  it('answers the first letter from the names', () => {
    expect(ids('c')).toEqual(expect.arrayContaining(['t--ccas', 't--stjean']));
    expect(ids('c')).not.toContain('t--ft');
  });
});

describe('search snapshot', () => {
  it('survives a structured clone (as IndexedDB stores it) and gives the same results with summaries', () => {
    const snapshot = structuredClone(buildSearchSnapshot(partners));
    const { index: restored, summaries } = restoreSnapshot(snapshot);
    expect(summaries).toHaveLength(partners.length);
    for (const query of ['ccas', 'pole emploi lunel', 'dettes', 'c']) {
      expect(restored.search(query).map((h) => h.partner.id)).toEqual(createSearchIndex(partners).search(query).map((h) => h.partner.id));
    }
    expect(restored.search('coeur')[0].partner).toEqual({
      id: 't--coeur',
      nom: 'Restos du Cœur de Vandœuvre',
      commune: 'Vandœuvre-lès-Nancy',
      code_postal: '54500',
      reseaux_porteurs: ['restos-du-coeur'],
      // What a result row shows to decide without opening the card.
      telephone: '04 67 00 00 00',
      horaires_accueil: 'Mo-Fr 08:30-12:30,13:30-17:00; PH off',
      date_maj: '2026-03-12',
      themes: [],
    });
  });
});
