/**
 * Everyday French words for needs, as counsellors write and type them, mapped to data·inclusion
 * categories (and thematiques when the word is specific). One place, shared by `lib/needs`
 * (recognising needs in text) and `lib/search` (a need typed in the search box).
 * Terms are written naturally; consumers fold case and accents themselves.
 */
export interface NeedLexiconEntry {
  /** Words or phrases that signal the need. */
  terms: readonly string[];
  /** data·inclusion v1 category value. */
  category: string;
  /** data·inclusion v1 thematique value, when the words are specific enough. */
  thematique?: string;
}

export const NEED_LEXICON: readonly NeedLexiconEntry[] = [
  { terms: ['sans abri', 'sans domicile', 'SDF', '115', 'à la rue', 'hébergement d’urgence', 'dort dans sa voiture'], category: 'logement-hebergement', thematique: 'logement-hebergement--rechercher-une-solution-dhebergement-temporaire' },
  { terms: ['dette de loyer', 'impayés de loyer', 'expulsion', 'loyers impayés'], category: 'logement-hebergement', thematique: 'logement-hebergement--reduire-les-impayes-de-loyer' },
  { terms: ['logement', 'appart', 'appartement', 'HLM', 'logement social', 'APL', 'DALO'], category: 'logement-hebergement' },
  { terms: ['dettes', 'surendettement', 'endettement', 'crédits', 'huissier'], category: 'difficultes-financieres', thematique: 'difficultes-financieres--situation-dendettement-surendettement' },
  { terms: ['budget', 'fin de mois', 'découvert'], category: 'difficultes-financieres', thematique: 'difficultes-financieres--ameliorer-sa-gestion-budgetaire' },
  { terms: ['tutelle', 'curatelle', 'mesure de protection'], category: 'difficultes-financieres', thematique: 'difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere' },
  { terms: ['permis', 'code de la route', 'auto-école'], category: 'mobilite', thematique: 'mobilite--preparer-un-permis' },
  { terms: ['voiture', 'bagnole', 'véhicule', 'scooter', 'transport', 'mobilité'], category: 'mobilite' },
  { terms: ['garde d’enfant', 'garde enfant', 'crèche', 'nounou', 'assistante maternelle'], category: 'famille', thematique: 'famille--garde-denfants' },
  { terms: ['violences conjugales', 'violence', 'séparation', 'divorce'], category: 'famille', thematique: 'famille--surmonter-conflits-separation-violence' },
  { terms: ['toxicomanie', 'addiction', 'alcool', 'drogue', 'cannabis'], category: 'sante', thematique: 'sante--addictions' },
  { terms: ['psy', 'santé mentale', 'dépression', 'psychologue', 'CMP'], category: 'sante', thematique: 'sante--sante-mentale' },
  { terms: ['MDPH', 'RQTH', 'AAH', 'handicap', 'invalidité'], category: 'sante', thematique: 'sante--constituer-un-dossier-mdph-invalidite' },
  { terms: ['mutuelle', 'CSS', 'carte vitale', 'soins', 'médecin'], category: 'sante', thematique: 'sante--acces-aux-soins' },
  { terms: ['prison', 'justice', 'SPIP', 'casier judiciaire', 'sortant de détention'], category: 'difficultes-administratives-ou-juridiques', thematique: 'difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire' },
  { terms: ['papiers', 'titre de séjour', 'démarches administratives', 'CAF', 'RSA'], category: 'difficultes-administratives-ou-juridiques', thematique: 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives' },
  { terms: ['frigo vide', 'aide alimentaire', 'colis alimentaire', 'manger', 'épicerie sociale'], category: 'equipement-et-alimentation', thematique: 'equipement-et-alimentation--alimentation' },
  { terms: ['vêtements', 'habits', 'tenue'], category: 'equipement-et-alimentation', thematique: 'equipement-et-alimentation--habillement' },
  { terms: ['ordinateur', 'internet', 'numérique', 'smartphone', 'mail'], category: 'numerique' },
  { terms: ['illettrisme', 'lire et écrire', 'FLE', 'apprendre le français', 'ne parle pas français'], category: 'lecture-ecriture-calcul', thematique: 'lecture-ecriture-calcul--maitriser-le-francais' },
  { terms: ['formation', 'qualification', 'diplôme', 'CPF'], category: 'se-former', thematique: 'se-former--trouver-sa-formation' },
  { terms: ['CV', 'lettre de motivation'], category: 'preparer-sa-candidature', thematique: 'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation' },
  { terms: ['emploi', 'boulot', 'travail', 'job', 'chômage'], category: 'trouver-un-emploi' },
  { terms: ['orientation', 'projet professionnel', 'reconversion'], category: 'choisir-un-metier' },
  { terms: ['création d’entreprise', 'créer son entreprise', 'auto-entrepreneur', 'microentreprise'], category: 'creer-une-entreprise' },
  { terms: ['isolement', 'confiance en soi', 'lien social'], category: 'remobilisation' },
  { terms: ['travailler à l’étranger', 'mobilité internationale'], category: 'souvrir-a-linternational' },
];
