import type { NeedLexiconEntry } from '../need-lexicon';

const LOG = 'logement-hebergement';
const FIN = 'difficultes-financieres';
const EQ = 'equipement-et-alimentation';
const FAM = 'famille';
const MOB = 'mobilite';

/** Housing, money, food and equipment, family, mobility. */
export const LIVING_TERMS: readonly NeedLexiconEntry[] = [
  {
    category: LOG,
    thematique: `${LOG}--rechercher-une-solution-dhebergement-temporaire`,
    terms: [
      'sans abri', 'sans-abri', 'sans domicile', 'sans domicile fixe', 'SDF', '115', 'à la rue', 'dans la rue', 'hébergement d’urgence',
      'mise à l’abri', 'dort dans sa voiture', 'dort dans sa bagnole', 'vit dans sa voiture', 'vit dans sa bagnole', 'dort dehors',
      'dort chez des amis', 'dort chez un ami', 'chez des amis', 'chez un copain', 'chez une copine', 'hébergé', 'hébergée chez un tiers',
      'CHRS', 'SIAO', 'hôtel social', 'nuitées d’hôtel', 'hôtel 115', 'en foyer', 'foyer d’hébergement', 'FJT', 'foyer de jeunes travailleurs', 'squat', 'squatte',
      'campement', 'mis dehors', 'mise à la porte', 'CADA', 'canapé', 'sans hébergement', 'hébergement précaire', 'logement précaire',
    ],
  },
  {
    category: LOG,
    thematique: `${LOG}--rechercher-une-solution-dhebergement-temporaire`,
    kind: 'resource',
    terms: ['solution d’hébergement', 'hébergement', 'mise à l’abri', 'logement pérenne', 'adresse fixe'],
  },
  {
    category: LOG,
    thematique: `${LOG}--reduire-les-impayes-de-loyer`,
    terms: [
      'dette de loyer', 'dettes locatives', 'dette locative', 'impayés de loyer', 'impayé de loyer', 'loyers impayés', 'loyer impayé',
      'retard de loyer', 'arriérés de loyer', 'expulsion', 'expulsion locative', 'expulsé', 'procédure d’expulsion',
      'commandement de quitter les lieux', 'FSL', 'fonds de solidarité logement', 'loyers en retard',
    ],
  },
  {
    category: LOG,
    terms: [
      'insalubre', 'logement insalubre', 'logement indigne', 'suroccupation', 'surpeuplé', 'suroccupé', 'DALO', 'recours DALO',
      'demande de logement', 'demande de logement social', 'relogement', 'ADIL', 'logement conjugal', 'humidité', 'moisissures',
    ],
  },
  {
    category: LOG,
    kind: 'resource',
    terms: [
      'logement', 'appart', 'appartement', 'studio', 'HLM', 'logement social', 'bailleur social', 'APL', 'se loger', 'bail', 'caution',
      'garant', 'Visale', 'Action Logement', 'toit', 'résidence sociale', 'logement autonome', 'logement adapté', 'T1', 'T2', 'T3',
    ],
  },
  { category: LOG, kind: 'state', terms: ['logé', 'logée'] },
  { category: LOG, thematique: `${LOG}--reduire-les-impayes-de-loyer`, kind: 'state', terms: ['loyer', 'loyers'] },

  {
    category: FIN,
    thematique: `${FIN}--situation-dendettement-surendettement`,
    terms: [
      'dette', 'dettes', 'endetté', 'endettement', 'surendettement', 'surendetté', 'dossier de surendettement', 'Banque de France',
      'crédits', 'crédit conso', 'crédit à la consommation', 'crédits renouvelables', 'huissier', 'commissaire de justice',
      'saisie sur salaire', 'saisie', 'recouvrement', 'impayés', 'factures impayées', 'indu', 'trop-perçu', 'plan d’apurement',
      'interdit bancaire', 'fiché Banque de France', 'dettes de jeu', 'dette de loyer', 'dettes locatives', 'impayés de loyer',
      'loyers impayés', 'arriérés de loyer', 'FSL', 'rejets de prélèvement',
    ],
  },
  {
    category: FIN,
    thematique: `${FIN}--ameliorer-sa-gestion-budgetaire`,
    terms: [
      'découvert', 'gestion budgétaire', 'gérer son budget', 'difficultés financières', 'difficulté financière',
      'fins de mois difficiles', 'fin de mois difficile', 'boucler les fins de mois', 'finir le mois', 'budget serré', 'Point conseil budget', 'PCB', 'précarité', 'précarité énergétique',
      'factures d’énergie', 'factures impayées', 'fin de droits', 'agios', 'pension alimentaire non versée',
    ],
  },
  {
    category: FIN,
    kind: 'resource',
    terms: [
      'budget', 'argent', 'ressources', 'revenu', 'revenus', 'aide financière', 'secours', 'aide d’urgence', 'pension alimentaire',
      'salaire', 'aides financières', 'minima sociaux', 'factures', 'reste à vivre', 'moyens', 'moyens financiers',
    ],
  },
  { category: FIN, thematique: `${FIN}--situation-dendettement-surendettement`, kind: 'state', terms: ['loyer', 'loyers'] },
  {
    category: FIN,
    thematique: `${FIN}--mettre-en-place-une-mesure-de-protection-financiere`,
    terms: ['tutelle', 'curatelle', 'curatelle renforcée', 'curateur', 'tuteur', 'mesure de protection', 'UDAF', 'MASP', 'mandataire judiciaire'],
  },

  {
    category: EQ,
    thematique: `${EQ}--alimentation`,
    terms: [
      'aide alimentaire', 'colis alimentaire', 'colis alimentaires', 'frigo vide', 'Restos du cœur', 'Resto du cœur', 'restos',
      'épicerie sociale', 'épicerie solidaire', 'banque alimentaire', 'faim', 'chèques services', 'bons alimentaires',
      'tickets service', 'distribution alimentaire', 'plus rien à manger', 'rien à manger', 'pas de quoi manger',
    ],
  },
  { category: EQ, thematique: `${EQ}--alimentation`, kind: 'state', terms: ['mange à sa faim', 'manger à sa faim'] },
  { category: EQ, thematique: `${EQ}--alimentation`, kind: 'resource', terms: ['nourriture', 'alimentation', 'courses alimentaires'] },
  {
    category: EQ,
    thematique: `${EQ}--habillement`,
    kind: 'resource',
    terms: ['vêtements', 'fringues', 'tenue', 'tenue de travail', 'vêtements de travail', 'chaussures de sécu', 'EPI', 'vestiaire solidaire', 'vestiaire', 'chaussures de sécurité', 'tenue professionnelle', 'vêtements adaptés'],
  },
  {
    category: EQ,
    thematique: `${EQ}--electromenager`,
    kind: 'resource',
    terms: [
      'électroménager', 'frigo', 'réfrigérateur', 'machine à laver', 'lave-linge', 'plaques', 'plaques de cuisson', 'gazinière',
      'meubles', 'mobilier', 'matelas', 'équipement', 'four', 'micro-ondes',
    ],
  },
  { category: EQ, thematique: `${EQ}--aide-menagere`, terms: ['aide ménagère', 'aide-ménagère'] },

  {
    category: FAM,
    thematique: `${FAM}--garde-denfants`,
    kind: 'resource',
    terms: [
      'garde d’enfant', 'garde d’enfants', 'garde des enfants', 'garde enfant', 'garde du bébé', 'garde', 'mode de garde', 'crèche',
      'nounou', 'assistante maternelle', 'ass mat', 'halte-garderie', 'garderie', 'périscolaire', 'centre de loisirs', 'place en crèche',
    ],
  },
  // The children are looked after: the need is met (silences « crèche » in the same sentence).
  { category: FAM, thematique: `${FAM}--garde-denfants`, kind: 'state', terms: ['enfants gardés', 'enfant gardé', 'enfants sont gardés', 'enfant est gardé'] },
  {
    category: FAM,
    thematique: `${FAM}--surmonter-conflits-separation-violence`,
    terms: [
      'violences conjugales', 'violences intrafamiliales', 'violence', 'violences', 'victime de violences', 'conjoint violent',
      'emprise', 'séparation', 'séparée', 'séparé', 'divorce', 'en instance de divorce', 'conflit familial', 'conflits familiaux',
      'rupture familiale', 'rupture avec sa famille', 'rupture avec ses parents', 'mis dehors', 'mise à la porte', '3919', 'CIDFF', 'ordonnance de protection', 'quitté le domicile',
      'logement conjugal', 'domicile conjugal', 'ex-conjoint', 'harcèlement',
    ],
  },
  {
    category: FAM,
    thematique: `${FAM}--soutien-a-la-parentalite-et-a-leducation`,
    terms: [
      'parentalité', 'PMI', 'soutien à la parentalité', 'famille monoparentale', 'mère isolée', 'père isolé', 'parent isolé',
      'maman solo', 'seule avec ses enfants', 'seul avec ses enfants', 'élève seule', 'élève seul', 'enceinte', 'grossesse', 'ASE', 'aide sociale à l’enfance', 'enfant placé', 'enfants placés',
      'AEMO', 'difficultés éducatives', 'mère célibataire', 'père célibataire',
    ],
  },
  {
    category: FAM,
    thematique: `${FAM}--prise-en-charge-personne-dependante`,
    terms: ['aidant', 'aidante', 'aidant familial', 'personne dépendante', 'proche malade', 'enfant handicapé', 'parent dépendant', 's’occupe de sa mère', 's’occupe de son père'],
  },

  {
    category: MOB,
    thematique: `${MOB}--preparer-un-permis`,
    kind: 'resource',
    terms: [
      'permis', 'permis de conduire', 'code de la route', 'passer le code', 'repasser le code', 'auto-école', 'heures de conduite',
      'permis AM', 'BSR', 'financement du permis',
    ],
  },
  {
    category: MOB,
    thematique: `${MOB}--preparer-un-permis`,
    terms: ['retrait de points', 'permis suspendu', 'suspension de permis', 'annulation du permis', 'retrait de permis', 'perte de points'],
  },
  { category: MOB, kind: 'state', terms: ['permis B', 'véhiculé', 'véhiculée', 'motorisé', 'motorisée', 'permis B en poche'] },
  {
    category: MOB,
    thematique: `${MOB}--acceder-a-un-vehicule`,
    kind: 'resource',
    terms: ['voiture', 'véhicule', 'bagnole', 'scooter', 'vélo', 'moto', 'deux-roues', 'mobylette', 'location solidaire', 'voiture sans permis'],
  },
  { category: MOB, thematique: `${MOB}--entretenir-reparer-son-vehicule`, terms: ['garage solidaire', 'réparation de la voiture', 'réparer sa voiture', 'réparation du véhicule'] },
  {
    category: MOB,
    kind: 'resource',
    terms: [
      'transport', 'transports', 'transports en commun', 'bus', 'train', 'mobilité', 'se déplacer', 'déplacements',
      'covoiturage', 'moyen de locomotion', 'moyen de transport', 'arrêt de bus', 'aide au transport', 'carte de transport', 'abonnement de transport', 'frais de transport', 'aide à la mobilité',
    ],
  },
  {
    category: MOB,
    terms: ['zone blanche', 'isolement géographique', 'plateforme mobilité', 'Wimoov', 'zone rurale', 'pas desservi', 'mal desservi', 'non desservi'],
  },
  { category: MOB, caseSensitive: true, terms: ['TC', 'TER'] },
  {
    category: MOB,
    thematique: `${MOB}--acceder-a-un-vehicule`,
    caseSensitive: true,
    kind: 'resource',
    terms: ['VL'],
  },
];
