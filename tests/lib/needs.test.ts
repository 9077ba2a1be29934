import { describe, expect, it } from 'vitest';
import { detectNeeds, needCategories } from '../../lib/needs';
import { CATEGORIES } from '../../lib/taxonomy';

const cats = (text: string) => needCategories(detectNeeds(text));

describe('detectNeeds', () => {
  it('reads negation the way a counsellor means it', () => {
    expect(cats("n'a pas le permis")).toEqual(['mobilite']);
    expect(cats('Pas de problème de santé.')).toEqual([]);
    expect(cats('pas de permis ni de voiture')).toEqual(['mobilite']);
    expect(cats("Aucun souci de logement, n'a plus de voiture depuis mars")).toEqual(['mobilite']);
    expect(cats('Pas de dettes.')).toEqual([]);
    expect(cats('Ne parle pas français')).toEqual(['lecture-ecriture-calcul']);
    expect(cats('Parle couramment le français')).toEqual([]);
    expect(cats('non véhiculé')).toEqual(['mobilite']);
    expect(cats('Véhiculée, permis B.')).toEqual([]);
  });

  it('knows when a resource is held or a need is over', () => {
    expect(cats('A le permis et une voiture.')).toEqual([]);
    expect(cats('Titulaire du permis mais pas de véhicule')).toEqual(['mobilite']);
    expect(cats('Permis obtenu en janvier.')).toEqual([]);
    expect(cats('Dettes soldées depuis 2023.')).toEqual([]);
    expect(cats('Ancien SDF, logé en HLM depuis 2 ans.')).toEqual([]);
    expect(cats('Logement : RAS. Santé : RAS.')).toEqual([]);
    expect(cats('Permis : non')).toEqual(['mobilite']);
    expect(cats('Logement : hébergé chez sa sœur')).toEqual(['logement-hebergement']);
    expect(cats('Logement : appartement T3 au nom de Mme')).toEqual([]);
    expect(cats('Surendettement : dossier recevable')).toEqual(['difficultes-financieres']);
  });

  it('reads counsellor shorthand, acronyms and everyday words', () => {
    expect(cats('SDF, appelle le 115')).toEqual(['logement-hebergement']);
    expect(cats('dossier RQTH + AAH')).toEqual(['sante']);
    expect(cats('droits CSS à ouvrir')).toEqual(['sante']);
    expect(cats('recours DALO')).toEqual(['logement-hebergement']);
    expect(cats('orientation CMP')).toEqual(['sante']);
    expect(cats('suivi PMI')).toEqual(['famille']);
    expect(cats('entrée en CEJ')).toEqual(['trouver-un-emploi']);
    expect(cats('frigo vide')).toEqual(['equipement-et-alimentation']);
    expect(cats("plus d'appart, dort dans sa bagnole")).toEqual(['logement-hebergement']);
    expect(cats('cherche du boulot')).toEqual(['trouver-un-emploi']);
  });

  it('tolerates inflections, capitals and missing accents', () => {
    expect(cats('ENDETTÉE')).toEqual(['difficultes-financieres']);
    expect(cats('endettees')).toEqual(['difficultes-financieres']);
    expect(cats('hebergee chez sa soeur')).toEqual(['logement-hebergement']);
    expect(cats('impayes de loyers')).toEqual(['logement-hebergement', 'difficultes-financieres']);
    expect(cats('Restos du Cœur')).toEqual(['equipement-et-alimentation']);
    expect(cats('restos du coeur')).toEqual(['equipement-et-alimentation']);
    expect(cats('a la rue')).toEqual(['logement-hebergement']);
  });

  it('does not mistake everyday words for acronyms', () => {
    expect(cats('Il ne passe pas souvent')).toEqual([]);
    expect(cats('Orientation PASS pour des soins')).toContain('sante');
    expect(cats('inscrit à Pôle emploi depuis 2019')).toEqual([]);
  });

  it('returns the thematique when the words are specific, with the words as written', () => {
    expect(detectNeeds('dette de loyer de 3 200 €')).toEqual([
      { category: 'logement-hebergement', thematique: 'logement-hebergement--reduire-les-impayes-de-loyer', evidence: 'dette de loyer' },
      { category: 'difficultes-financieres', thematique: 'difficultes-financieres--situation-dendettement-surendettement', evidence: 'dette de loyer' },
    ]);
    expect(detectNeeds("Mme n'a pas le Permis de Conduire")[0]).toEqual({
      category: 'mobilite',
      thematique: 'mobilite--preparer-un-permis',
      evidence: 'Permis de Conduire',
    });
  });

  it('covers all 16 data·inclusion categories', () => {
    const samples: Record<string, string> = {
      'choisir-un-metier': 'ne sait pas quel métier choisir, bilan de compétences',
      'creer-une-entreprise': 'veut créer son entreprise',
      'difficultes-administratives-ou-juridiques': 'titre de séjour expiré',
      'difficultes-financieres': 'surendettement',
      'equipement-et-alimentation': 'colis alimentaire',
      famille: 'violences conjugales',
      'lecture-ecriture-calcul': 'illettrisme',
      'logement-hebergement': 'expulsion locative',
      mobilite: 'sans permis',
      numerique: "pas d'ordinateur",
      'preparer-sa-candidature': 'refaire son CV',
      remobilisation: 'isolement social',
      sante: 'dépression',
      'se-former': 'sans diplôme',
      'souvrir-a-linternational': 'partir travailler au Canada',
      'trouver-un-emploi': "en recherche d'emploi",
    };
    expect(Object.keys(samples).sort()).toEqual(CATEGORIES.map((c) => c.value).sort());
    for (const [category, text] of Object.entries(samples)) expect(cats(text), text).toContain(category);
  });

  it('ignores empty and unrelated text', () => {
    expect(detectNeeds('')).toEqual([]);
    expect(detectNeeds('Rendez-vous fixé au 12 mars à 14 h.')).toEqual([]);
  });
});
