import type { NeedLexiconEntry } from '../need-lexicon';

const EMP = 'trouver-un-emploi';
const CAND = 'preparer-sa-candidature';
const CE = 'creer-une-entreprise';
const REMO = 'remobilisation';
const INT = 'souvrir-a-linternational';

const COUNTRIES = ['Canada', 'Québec', 'Allemagne', 'Belgique', 'Suisse', 'Luxembourg', 'Espagne', 'Australie', 'Royaume-Uni', 'Angleterre', 'Irlande', 'Italie', 'Portugal'];

/** Work, applications, business creation, remobilisation, going abroad. */
export const WORK_TERMS: readonly NeedLexiconEntry[] = [
  {
    category: EMP,
    kind: 'resource',
    terms: [
      'emploi', 'boulot', 'taf', 'job', 'bosser', 'travail', 'travailler', 'poste', 'chômage', 'intérim', 'CDD', 'CDI', 'contrat de travail',
      'reprendre un emploi', 'retour à l’emploi', 'reprise d’emploi', 'insertion professionnelle', 'expérience professionnelle',
    ],
  },
  { category: EMP, kind: 'state', terms: ['travaille', 'bossé', 'en emploi', 'salarié', 'salariée', 'embauché', 'embauchée', 'en poste'] },
  {
    category: EMP,
    terms: [
      'recherche d’emploi', 'en recherche d’emploi', 'recherche active', 'demandeur d’emploi', 'demandeuse d’emploi', 'DELD',
      'chômeur', 'chômeuse', 'sans emploi', 'licencié', 'licenciée', 'licenciement', 'perte d’emploi', 'fin de contrat',
      'fin de mission', 'rupture conventionnelle', 'IAE', 'SIAE', 'ACI', 'chantier d’insertion', 'entreprise d’insertion', 'ETTI',
      'GEIQ', 'PLIE', 'CEJ', 'contrat d’engagement jeune', 'inscrire à France Travail', 'inscription à France Travail',
      'agence d’intérim', 'missions d’intérim', 'jamais travaillé', 'aucune expérience', 'petits boulots',
    ],
  },
  {
    category: EMP,
    thematique: `${EMP}--repondre-a-des-offres-demploi`,
    terms: ['offres d’emploi', 'offre d’emploi', 'répondre à des offres', 'annonces', 'Indeed'],
  },
  { category: EMP, thematique: `${EMP}--faire-des-candidatures-spontanees`, terms: ['candidatures spontanées', 'candidature spontanée'] },
  { category: EMP, thematique: `${EMP}--suivre-ses-candidatures-et-relancer-les-employeurs`, kind: 'resource', terms: ['candidatures', 'candidature', 'relancer les employeurs'] },
  {
    category: EMP,
    thematique: `${EMP}--convaincre-un-recruteur-en-entretien`,
    terms: ['entretien d’embauche', 'entretiens d’embauche', 'préparer les entretiens', 'préparer ses entretiens', 'simulation d’entretien', 'recruteur', 'entretien de recrutement'],
  },
  { category: EMP, thematique: `${EMP}--maintien-dans-lemploi`, terms: ['maintien dans l’emploi', 'poste adapté', 'aménagement de poste', 'reclassement'] },

  {
    category: CAND,
    thematique: `${CAND}--realiser-un-cv-et-ou-une-lettre-de-motivation`,
    kind: 'resource',
    terms: ['CV', 'curriculum vitae', 'lettre de motivation', 'lettres de motivation', 'lettre de motiv'],
  },
  { category: CAND, thematique: `${CAND}--realiser-un-cv-et-ou-une-lettre-de-motivation`, caseSensitive: true, kind: 'resource', terms: ['LM'] },
  { category: CAND, thematique: `${CAND}--developper-son-reseau`, kind: 'resource', terms: ['LinkedIn', 'réseau professionnel', 'réseau', 'réseautage'] },
  { category: CAND, thematique: `${CAND}--valoriser-ses-competences`, terms: ['pitch', 'valoriser ses compétences', 'compétences transférables', 'portfolio', 'se présenter'] },
  { category: CAND, thematique: `${CAND}--organiser-ses-demarches-de-recherche-demploi`, terms: ['organiser sa recherche', 'plan d’action', 'méthode de recherche'] },

  {
    category: CE,
    terms: [
      'création d’entreprise', 'créer son entreprise', 'créer une entreprise', 'créer sa boîte', 'monter sa boîte', 'monter son entreprise',
      'monter son activité', 'se mettre à son compte', 'à son compte', 'auto-entrepreneur', 'autoentrepreneur', 'micro-entreprise',
      'microentreprise', 'micro-entrepreneur', 'micro-entrepreneuse', 'auto-entrepreneuse', 'entrepreneuse', 'lancer son activité',
      'lancer une activité', 'entrepreneuriat', 'business plan', 'BGE', 'ADIE', 'microcrédit', 'ACRE', 'ARCE',
      'couveuse', 'coopérative d’activité', 'statut d’indépendant', 'indépendant', 'indépendante', 'food truck', 'reprise d’entreprise',
      'créateur d’entreprise', 'créatrice d’entreprise', 'Initiative France', 'France Active', 'ouvrir un commerce', 'ouvrir son salon',
      'ouvrir son restaurant', 'développer son activité', 'chiffre d’affaires', 'SIRET', 'créer son activité', 'création d’activité',
    ],
  },

  {
    category: REMO,
    terms: [
      'isolement', 'isolé', 'isolée', 'isolée socialement', 'isolement social', 'repli sur soi', 'replié sur lui', 'replié sur elle',
      'estime de soi', 'démotivé', 'démotivée', 'démotivation', 'découragé', 'découragée', 'découragement', 'perte de motivation',
      'lien social', 'rencontrer du monde', 'ne connaît personne', 'remobilisation', 'remobiliser', 'bien-être', 'timide', 'timidité',
      'manque de confiance', 'perte de confiance', 'atelier théâtre', 'théâtre', 'activité sportive', 'activités sportives',
      'activité culturelle', 'sorties culturelles', 'inutile', 'perdu le rythme', 'rythme de vie', 'reste chez lui', 'reste chez elle', 'journées chez lui', 'journées chez elle', 'bénévolat', 'bénévole', 'n’ose pas', 'reprendre confiance',
    ],
  },
  { category: REMO, kind: 'resource', terms: ['confiance en soi', 'confiance', 'motivation', 'sport'] },
  { category: REMO, kind: 'state', terms: ['sort de chez lui', 'sort de chez elle', 'sort de chez soi', 'motivé', 'motivée'] },

  {
    category: INT,
    terms: [
      'à l’étranger', 'travailler à l’étranger', 'partir à l’étranger', 'mobilité internationale', 'international', 'Erasmus',
      'PVT', 'permis vacances travail', 'volontariat international', 'Eures', 'expatriation', 'expatrié', 'retour en France',
      'de retour en France', 'service civique international', 'corps européen de solidarité',
      ...COUNTRIES.flatMap((country) => [`au ${country}`, `en ${country}`, `travailler au ${country}`, `travailler en ${country}`]),
    ],
  },
  { category: INT, caseSensitive: true, terms: ['VIE'] },
];
