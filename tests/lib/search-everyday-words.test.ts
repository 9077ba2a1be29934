import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { createSearchIndex } from '../../lib/search';
import { matchReasons } from '../../lib/search/match-reason';
import { STRONG_SCORE } from '../../lib/search/result-tiers';
import { service, structure } from '../fixtures/records';

// Issue 21: everyday words typed in the box, and the national starter's entries beside local ones.
const FLE = 'lecture-ecriture-calcul--maitriser-le-francais';
const FOOD = 'equipement-et-alimentation--alimentation';
const SHELTER = 'logement-hebergement--rechercher-une-solution-dhebergement-temporaire';
const RENT = 'logement-hebergement--louer-un-logement';
const PERMIT = 'mobilite--preparer-un-permis';
const PAPERS = 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives';
const JOB = 'trouver-un-emploi--repondre-a-des-offres-demploi';
const CARE = 'sante--acces-aux-soins';

const lille = { commune: 'Tourcoing', code_postal: '59200', code_insee: '59599', description: null };
const national = { commune: null, code_postal: null, code_insee: null, adresse: null, description: null };
const records = [
  { s: structure({ id: 't--spf', nom: 'Secours populaire français', reseaux_porteurs: ['secours-populaire'], ...lille }), themes: [FOOD] },
  { s: structure({ id: 't--crf', nom: 'Croix-Rouge française – unité locale', reseaux_porteurs: ['croix-rouge'], ...lille }), themes: [FOOD, SHELTER] },
  { s: structure({ id: 't--ofii', nom: 'OFII – Office français de l’immigration et de l’intégration', reseaux_porteurs: null, ...lille }), themes: [PAPERS] },
  { s: structure({ id: 't--fle', nom: 'Atelier sociolinguistique Les Mots', reseaux_porteurs: null, ...lille }), themes: [FLE] },
  { s: structure({ id: 't--logement', nom: 'Union du logement des Flandres', reseaux_porteurs: null, ...lille }), themes: [JOB] },
  { s: structure({ id: 't--cllaj', nom: 'CLLAJ Tourcoing', reseaux_porteurs: null, ...lille }), themes: [RENT] },
  { s: structure({ id: 't--permis', nom: 'Permis de construire – service urbanisme', reseaux_porteurs: null, ...lille }), themes: [PAPERS] },
  { s: structure({ id: 't--autoecole', nom: 'Auto-école sociale En Route', reseaux_porteurs: null, ...lille }), themes: [PERMIT] },
  { s: structure({ id: 't--ml', nom: 'Mission Locale de Tourcoing', reseaux_porteurs: ['mission-locale'], ...lille }), themes: [JOB] },
  { s: structure({ id: 't--cpam', nom: 'CPAM de Roubaix-Tourcoing', reseaux_porteurs: ['cpam'], ...lille }), themes: [CARE] },
  { s: structure({ id: 'repere--mission-locale', nom: 'Mission Locale (réseau national)', reseaux_porteurs: ['mission-locale'], ...national }), themes: [JOB], zone: ['france'] },
  { s: structure({ id: 'repere--assurance-maladie', nom: 'Assurance Maladie (CPAM)', reseaux_porteurs: ['cpam'], ...national }), themes: [CARE], zone: ['france'] },
];
const { partners } = parseDataInclusion({
  structures: records.map((r) => r.s),
  services: records.map((r, i) => service({ id: `sv${i}`, structure_id: r.s.id, nom: 'Accueil', description: 'Accueil sur rendez-vous.', thematiques: r.themes, zone_eligibilite: r.zone ?? ['59'] })),
});
const index = createSearchIndex(partners);
const ids = (query: string, territory?: string[]) => index.search(query, { limit: 20, territory }).map((hit) => hit.partner.id);

describe('an everyday need word puts the partners serving that need first', () => {
  it.each([
    ['français', 't--fle'],
    ['francais', 't--fle'],
    ['cours de français', 't--fle'],
    ['logement', 't--cllaj'],
    ['permis', 't--autoecole'],
  ])('« %s » → %s first, before names that merely hold the word', (query, first) => {
    expect(ids(query)[0]).toBe(first);
  });

  it('« français » lists the names holding the word after the partner serving it', () => {
    const order = ids('français');
    for (const name of ['t--spf', 't--crf', 't--ofii']) expect(order.indexOf(name)).toBeGreaterThan(order.indexOf('t--fle'));
  });

  it('a need word with a town or a name still means the name (« croix rouge française », « secu tourcoing »)', () => {
    expect(ids('croix rouge française')[0]).toBe('t--crf');
    expect(ids('secu tourcoing')[0]).toBe('t--cpam');
    expect(ids('cpam')[0]).toBe('t--cpam');
  });
});

describe('national entries (no address, zone « france ») after the local ones', () => {
  it('« mission locale » gives the local one before « Mission Locale (réseau national) », without a territory', () => {
    expect(ids('mission locale')).toEqual(['t--ml', 'repere--mission-locale']);
  });

  it('« cpam » and « assurance maladie » give the local CPAM first', () => {
    expect(ids('cpam')[0]).toBe('t--cpam');
    expect(ids('assurance maladie')[0]).toBe('t--cpam');
  });

  it('the needs panel lists the local partner before the national one', () => {
    const order = index.search('', { categories: ['trouver-un-emploi'] }).map((hit) => hit.partner.id);
    expect(order.indexOf('t--ml')).toBeLessThan(order.indexOf('repere--mission-locale'));
  });

  it('a national entry is still found when nothing local matches', () => {
    const { partners: starterOnly } = parseDataInclusion({ structures: [records[10].s], services: [service({ id: 'x', structure_id: records[10].s.id, description: 'Accueil sur rendez-vous.', thematiques: [JOB], zone_eligibilite: ['france'] })] });
    expect(createSearchIndex(starterOnly).search('mission locale').map((hit) => hit.partner.id)).toEqual(['repere--mission-locale']);
  });

  it('a national entry that matches well is still a strong match: the penalty orders, it does not put it under « Autres résultats »', () => {
    const [hit] = createSearchIndex(partners.filter((p) => p.id === 'repere--mission-locale')).search('mision locale');
    expect(hit.score).toBeLessThanOrEqual(STRONG_SCORE);
  });
});

describe('the reasons shown are the ones the typed words matched', () => {
  const crf = [FOOD, SHELTER];
  it('« cours de français » gives no reason to the Croix-Rouge française: « cours » is not « courses », « française » is its name', () => {
    expect(matchReasons('Croix-Rouge française – unité locale', crf, { query: 'cours de français' })).toEqual([]);
    expect(matchReasons('Croix-Rouge française – unité locale', crf, { query: 'français' })).toEqual([]);
  });

  it('the FLE workshop is there for « Maîtriser le français »', () => {
    expect(matchReasons('Atelier sociolinguistique Les Mots', [FLE], { query: 'cours de français' })).toEqual(['Maîtriser le français']);
  });

  it('the last word may still be being typed (« perm » → permis)', () => {
    expect(matchReasons('Auto-école sociale En Route', [PERMIT], { query: 'perm' })).toEqual(['Préparer un permis']);
  });

  it('a short word followed by another is that word, not one a typo away: « porte » is not « perte de points »', () => {
    expect(matchReasons('Agefiph', [PERMIT], { query: 'porte plie' })).toEqual([]);
    expect(matchReasons('Point conseil budget', ['difficultes-financieres--situation-dendettement-surendettement'], { query: 'dettes sete' })).toEqual([
      'Situation d’endettement ou de surendettement',
    ]);
  });
});
