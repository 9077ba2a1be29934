import type { NeedLexiconEntry } from '../need-lexicon';

const SAN = 'sante';
const ADM = 'difficultes-administratives-ou-juridiques';

/** Health, papers, rights and justice. */
export const HEALTH_RIGHTS_TERMS: readonly NeedLexiconEntry[] = [
  {
    category: SAN,
    thematique: `${SAN}--acces-aux-soins`,
    kind: 'resource',
    terms: [
      'mutuelle', 'complémentaire santé', 'CSS', 'CMU', 'CMU-C', 'AME', 'carte vitale', 'médecin traitant', 'médecin', 'soins',
      'dentiste', 'lunettes', 'CPAM', 'sécurité sociale', 'droits santé', 'droits CSS', 'droits à la CSS', 'droits CPAM', 'couverture maladie', 'santé', 'suivi médical',
    ],
  },
  { category: SAN, thematique: `${SAN}--acces-aux-soins`, caseSensitive: true, kind: 'resource', terms: ['PASS'] },
  {
    category: SAN,
    thematique: `${SAN}--acces-aux-soins`,
    terms: [
      'problèmes dentaires', 'soins dentaires', 'non soigné', 'renoncement aux soins', 'hospitalisé', 'hospitalisation', 'santé fragile',
      'état de santé', 'maladie', 'malade', 'arrêt maladie', 'arrêt de travail', 'ALD', 'affection longue durée', 'diabète', 'cancer',
      'traitement', 'douleurs', 'mal de dos', 'dos', 'hernie discale', 'lombalgie', 'TMS', 'troubles musculo-squelettiques',
      'accident du travail', 'inaptitude', 'inapte', 'restrictions médicales', 'médecine du travail', 'chirurgie',
      'obligation de soins', 'accident', 'blessé', 'blessure', 'plâtre', 'fracture', 'sécu', 'problème de santé', 'problèmes de santé', 'soucis de santé', 'fatigue chronique', 'asthme', 'épilepsie',
    ],
  },
  {
    category: SAN,
    thematique: `${SAN}--sante-mentale`,
    terms: [
      'santé mentale', 'psy', 'psychologue', 'psychiatre', 'psychiatrique', 'CMP', 'dépression', 'dépressif', 'dépressive',
      'burn-out', 'burnout', 'anxiété', 'anxieux', 'anxieuse', 'angoisses', 'crises d’angoisse', 'troubles psychiques',
      'souffrance psychique', 'idées noires', 'suivi psy', 'bipolaire', 'schizophrénie', 'trauma', 'traumatisme',
      'stress post-traumatique', 'phobie', 'crise de panique', 'crises de panique', 'attaques de panique', 'deuil', 'goût à rien', 'tentative de suicide', 'mal-être', 'psychotrope', 'antidépresseurs',
    ],
  },
  {
    category: SAN,
    thematique: `${SAN}--addictions`,
    terms: [
      'addiction', 'addictions', 'addictologie', 'addict', 'alcool', 'alcoolisme', 'alcoolique', 'consommation d’alcool', 'drogue',
      'drogues', 'cannabis', 'shit', 'toxicomanie', 'toxico', 'héroïne', 'cocaïne', 'crack', 'CSAPA', 'CAARUD', 'sevrage', 'cure',
      'boit', 'boire', 'alcoolisé', 'alcoolisée', 'paris sportifs', 'jeux d’argent', 'dettes de jeu', 'dépendance', 'consommations',
    ],
  },
  {
    category: SAN,
    thematique: `${SAN}--constituer-un-dossier-mdph-invalidite`,
    terms: [
      'MDPH', 'RQTH', 'AAH', 'handicap', 'handicapé', 'handicapée', 'travailleur handicapé', 'invalidité', 'pension d’invalidité',
      'Cap emploi', 'Agefiph', 'ESAT', 'OETH', 'BOETH', 'taux d’incapacité', 'PCH', 'mobilité réduite', 'PMR', 'fauteuil roulant',
      'malvoyant', 'malentendant', 'sourd', 'aveugle', 'reconnaissance de la qualité de travailleur handicapé',
    ],
  },
  {
    category: SAN,
    thematique: `${SAN}--sante-sexuelle`,
    terms: ['santé sexuelle', 'IST', 'dépistage', 'contraception', 'IVG', 'CeGIDD', 'planning familial', 'VIH'],
  },

  {
    category: ADM,
    thematique: `${ADM}--accompagnement-aux-demarches-administratives`,
    kind: 'resource',
    terms: [
      'papiers', 'pièce d’identité', 'carte d’identité', 'passeport', 'titre de séjour', 'récépissé', 'carte de séjour',
      'démarches administratives', 'démarches administratives en ligne', 'administratif', 'dossier CAF', 'CAF', 'impôts',
      'déclaration d’impôts', 'avis d’imposition', 'domiciliation', 'adresse postale', 'compte bancaire', 'compte en banque',
      'ANTS', 'prime d’activité', 'déclaration trimestrielle', 'acte de naissance', 'état civil', 'formulaires',
    ],
  },
  {
    category: ADM,
    thematique: `${ADM}--accompagnement-aux-demarches-administratives`,
    terms: ['permis de travail', 'autorisation de travail', 'sans papiers', 'préfecture', 'régularisation', 'OQTF', 'demandeur d’asile', 'demande d’asile', 'droit d’asile', 'réfugié', 'protection internationale', 'naturalisation', 'indu', 'trop-perçu', 'sans domiciliation'],
  },
  { category: ADM, thematique: `${ADM}--accompagnement-aux-demarches-administratives`, caseSensitive: true, kind: 'resource', terms: ['TS', 'ASS'] },
  { category: ADM, thematique: `${ADM}--accompagnement-aux-demarches-administratives`, kind: 'state', terms: ['courriers', 'courrier', 'comprend les courriers'] },
  {
    category: ADM,
    thematique: `${ADM}--accompagnement-pour-lacces-aux-droits`,
    kind: 'resource',
    terms: ['droits', 'ouverture de droits', 'ouvrir ses droits', 'accès aux droits', 'RSA', 'allocations', 'prestations', 'connaître ses droits'],
  },
  {
    category: ADM,
    thematique: `${ADM}--prendre-en-compte-une-problematique-judiciaire`,
    terms: [
      'prison', 'détention', 'sortant de détention', 'sortie de prison', 'incarcéré', 'incarcération', 'SPIP', 'PJJ', 'TIG',
      'travail d’intérêt général', 'sursis', 'contrôle judiciaire', 'bracelet électronique', 'surveillance électronique',
      'casier judiciaire', 'casier', 'condamné', 'condamnation', 'justice', 'sous main de justice', 'garde à vue', 'avocat',
      'aide juridictionnelle', 'tribunal', 'audience', 'procès', 'plainte', 'juge', 'JAP', 'obligation de soins', 'Point-justice',
      'point justice', 'permanence juridique', 'juriste', 'litige', 'prud’hommes', 'conseil de prud’hommes', 'Cimade',
      'amende', 'amendes',
    ],
  },
  {
    category: ADM,
    thematique: `${ADM}--connaitre-ses-droits-face-a-une-discrimination`,
    terms: ['discrimination', 'discriminé', 'discriminée', 'Défenseur des droits', 'racisme'],
  },
];
