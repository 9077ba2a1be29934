import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { createSearchIndex } from '../../lib/search';
import { matchReasons } from '../../lib/search/match-reason';
import { weakerFrom } from '../../lib/search/result-tiers';
import { service, structure } from '../fixtures/records';

const DEBT = 'difficultes-financieres--situation-dendettement-surendettement';
const PERMIT = 'mobilite--preparer-un-permis';
const JOB = 'trouver-un-emploi--repondre-a-des-offres-demploi';

describe('where the weaker matches start (« Autres résultats »)', () => {
  it.each([
    ['one strong match, then weak ones', [0.322, 0.64, 0.771, 0.771], 1],
    ['three equal strong matches', [0.167, 0.167, 0.167, 0.434, 0.434], 3],
    ['need-word matches are strong, beyond them not', [0.434, 0.434, 0.6, 0.6], 2],
    ['no strong match: one list', [0.506, 0.507, 0.678], -1],
    ['only strong matches: one list', [0, 0.1, 0.15], -1],
    ['nothing', [], -1],
  ])('%s', (_, scores, expected) => {
    expect(weakerFrom(scores)).toBe(expected);
  });
});

describe('why a partner is in the list', () => {
  it('names the needs of the panel it serves, in the panel’s order', () => {
    expect(matchReasons('Wimoov', [PERMIT, DEBT], { query: '', categories: ['logement-hebergement', 'difficultes-financieres', 'mobilite'] })).toEqual([
      'Difficultés financières',
      'Mobilité',
    ]);
  });

  it('names the thematique a typed need word stands for, typos tolerated', () => {
    expect(matchReasons('Point conseil budget', [DEBT], { query: 'dettes' })).toEqual(['Situation d’endettement ou de surendettement']);
    expect(matchReasons('Auto-école sociale', [PERMIT, JOB], { query: 'permsi' })).toEqual(['Préparer un permis']);
  });

  it('says nothing when the name answered the query', () => {
    expect(matchReasons('Mission Locale de Sète', [JOB], { query: 'mission locale' })).toEqual([]);
    expect(matchReasons('Mission Locale de Sète', [JOB], { query: 'mision locale' })).toEqual([]);
  });

  it('says nothing it cannot back: a partner without the need has no reason', () => {
    expect(matchReasons('CCAS de Sète', [JOB], { query: 'dettes' })).toEqual([]);
  });
});

describe('needs panel order among partners covering the same needs', () => {
  it('puts the partner focused on the need before the one doing many things, not the alphabet', () => {
    const { partners } = parseDataInclusion({
      structures: [structure({ id: 'a', nom: 'Accueil généraliste' }), structure({ id: 'z', nom: 'Zéro dette' })],
      services: [
        service({ id: 'a1', structure_id: 'a', thematiques: [DEBT, PERMIT, JOB] }),
        service({ id: 'z1', structure_id: 'z', thematiques: [DEBT] }),
      ],
    });
    const order = createSearchIndex(partners).search('', { categories: ['difficultes-financieres'] }).map((hit) => hit.partner.id);
    expect(order).toEqual(['z', 'a']);
  });

  it('still puts the territory first among equal coverage', () => {
    const { partners } = parseDataInclusion({
      structures: [structure({ id: 'z', nom: 'Zéro dette', code_insee: '69123', code_postal: '69003' }), structure({ id: 'a', nom: 'Accueil généraliste' })],
      services: [
        service({ id: 'a1', structure_id: 'a', thematiques: [DEBT, PERMIT], zone_eligibilite: ['34'] }),
        service({ id: 'z1', structure_id: 'z', thematiques: [DEBT], zone_eligibilite: ['69'] }),
      ],
    });
    const order = createSearchIndex(partners).search('', { categories: ['difficultes-financieres'], territory: ['34'] }).map((hit) => hit.partner.id);
    expect(order).toEqual(['a', 'z']);
  });
});
