import type { NeedLexiconEntry } from '../need-lexicon';

const LEC = 'lecture-ecriture-calcul';
const NUM = 'numerique';
const FORM = 'se-former';
const CM = 'choisir-un-metier';

/** Basic skills, digital, training, choosing a trade. */
export const SKILLS_TERMS: readonly NeedLexiconEntry[] = [
  {
    category: LEC,
    thematique: `${LEC}--maitriser-le-francais`,
    terms: [
      'illettrisme', 'illettré', 'illettrée', 'analphabète', 'analphabétisme', 'FLE', 'ASL', 'alphabétisation', 'apprendre le français',
      'cours de français', 'allophone', 'non francophone', 'barrière de la langue', 'barrière linguistique', 'savoirs de base',
      'compétences de base', 'remise à niveau', 'interprète', 'traducteur', 'niveau en français', 'français écrit', 'lire et écrire',
      'difficultés de lecture', 'difficultés à l’écrit', 'ateliers sociolinguistiques', 'apprentissage du français',
      // The IAE administrative criterion, as les emplois de l'inclusion words it.
      'maîtrise de la langue française inférieure au niveau A1', 'inférieur au niveau A1', 'inférieure au niveau A1',
    ],
  },
  {
    category: LEC,
    thematique: `${LEC}--maitriser-le-francais`,
    kind: 'state',
    terms: [
      'parle français', 'parle le français', 'maîtrise le français', 'maitrise la langue', 'comprend le français', 'sait lire',
      'sait écrire', 'lit', 'francophone', 'lit le français', 'écrit le français',
    ],
  },
  { category: LEC, thematique: `${LEC}--maitriser-le-francais`, kind: 'resource', terms: ['lecture', 'écriture', 'français'] },
  {
    category: LEC,
    thematique: `${LEC}--maitriser-le-calcul`,
    kind: 'resource',
    terms: ['calcul', 'compter', 'rendre la monnaie', 'maths', 'mathématiques', 'numératie'],
  },

  {
    category: NUM,
    thematique: `${NUM}--acquerir-un-equipement`,
    kind: 'resource',
    terms: ['ordinateur', 'ordi', 'PC', 'smartphone', 'tablette', 'imprimante', 'smartphone reconditionné', 'Emmaüs Connect'],
  },
  { category: NUM, thematique: `${NUM}--acquerir-un-equipement`, kind: 'state', terms: ['téléphone', 'portable'] },
  {
    category: NUM,
    thematique: `${NUM}--acceder-a-une-connexion-internet`,
    kind: 'resource',
    terms: ['internet', 'connexion internet', 'wifi', 'forfait', 'forfait data', 'forfait téléphonique', 'data', 'box'],
  },
  {
    category: NUM,
    thematique: `${NUM}--acceder-a-des-services-en-ligne`,
    kind: 'resource',
    terms: ['adresse mail', 'adresse e-mail', 'mail', 'email', 'boîte mail', 'espace personnel', 'compte en ligne', 'démarches en ligne', 'se connecter', 'mot de passe', 'identifiants'],
  },
  {
    category: NUM,
    thematique: `${NUM}--maitriser-les-fondamentaux-du-numerique`,
    kind: 'resource',
    terms: ['informatique', 'numérique', 'outils numériques', 'utiliser un ordinateur', 'bureautique'],
  },
  {
    category: NUM,
    thematique: `${NUM}--maitriser-les-fondamentaux-du-numerique`,
    terms: ['illectronisme', 'fracture numérique', 'dématérialisation', 'pas à l’aise avec l’informatique', 'conseiller numérique'],
  },

  {
    category: FORM,
    thematique: `${FORM}--trouver-sa-formation`,
    kind: 'resource',
    terms: [
      'formation', 'formations', 'se former', 'formation qualifiante', 'qualification', 'diplôme', 'CAP', 'BEP', 'bac pro', 'BTS',
      'titre pro', 'titre professionnel', 'certification', 'CACES', 'alternance', 'apprentissage', 'contrat d’apprentissage',
      'contrat pro', 'contrat de professionnalisation', 'études', 'reprendre ses études', 'reprise d’études', 'AFPA', 'GRETA',
      'POEI', 'POEC', 'prépa apprentissage', 'école de la deuxième chance', 'E2C', 'EPIDE', 'remise à niveau', 'CléA',
      'DAEU', 'licence', 'master', 'BPJEPS', 'niveau requis',
    ],
  },
  { category: FORM, thematique: `${FORM}--trouver-sa-formation`, kind: 'state', terms: ['diplômé', 'diplômée', 'qualifié', 'qualifiée'] },
  {
    category: FORM,
    thematique: `${FORM}--trouver-sa-formation`,
    terms: ['décrochage scolaire', 'décrocheur', 'décrocheuse', 'déscolarisé', 'déscolarisée', 'niveau 3ème', 'niveau troisième', 'quitté le lycée', 'quitté l’école', 'sans qualification'],
  },
  {
    category: FORM,
    thematique: `${FORM}--monter-son-dossier-de-formation`,
    kind: 'resource',
    terms: ['CPF', 'compte personnel de formation', 'financement de formation', 'financement de la formation', 'VAE', 'validation des acquis', 'AIF', 'Transitions Pro', 'PTP', 'financement CPF'],
  },

  {
    category: CM,
    thematique: `${CM}--decouvrir-un-metier-ou-un-secteur-dactivite`,
    terms: [
      'découvrir un métier', 'découvrir des métiers', 'découverte des métiers', 'découverte métier', 'immersion', 'PMSMP',
      'stage de découverte', 'enquête métier', 'choisir un métier', 'choix de métier', 'choix professionnel', 'changer de métier', 'changer de voie', 'ne se voit plus', 'secteur d’activité',
    ],
  },
  {
    category: CM,
    thematique: `${CM}--confirmer-son-choix-de-metier`,
    kind: 'resource',
    terms: ['quel métier', 'quoi faire', 'hésite entre', 'idée de métier', 'projet professionnel', 'projet pro', 'orientation professionnelle', 'reconversion', 'reconversion professionnelle', 'évolution professionnelle', 'CEP', 'conseil en évolution professionnelle'],
  },
  {
    category: CM,
    thematique: `${CM}--identifier-ses-points-forts-et-ses-competences`,
    terms: ['bilan de compétences', 'points forts', 'tests d’orientation', 'bilan d’orientation'],
  },
];
