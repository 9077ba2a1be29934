/**
 * The words around a need word that change what the counsellor means: "n'a pas le permis" is a
 * mobility need, "pas de problème de santé" is not a health need, "permis obtenu" is over.
 * Written naturally; compared by stem (see tokenize.ts), so plurals and feminines follow.
 */

/** Conjunctions that open a new clause: cues before them do not reach past them. */
export const CLAUSE_WORDS = ['mais', 'et', 'car', 'donc', 'puis', 'cependant', 'toutefois', 'pourtant', 'sinon', 'alors', 'qui', 'or', 'depuis', 'sauf', 'quand', 'lorsque', 'tandis'];

/** Negation: a lacking resource is a need, a denied problem is not. */
export const NEGATIONS = ['pas', 'aucun', 'aucune', 'sans', 'ni', 'jamais', 'non', 'absence', 'guère', 'néant', 'ss'];

/** "plus" negates only with "ne"/"n'" before it ("n'a plus de voiture"); alone it is a lack ("plus de boulot"). */
export const NE = ['ne', 'n'];

/** Loss or shortage: the resource is missing, so it is a need (no effect on a problem word). */
export const LACKS = ['manque', 'rien', 'perdu', 'perte', 'retrait', 'suspension', 'annulation', 'peu', 'mal', 'insuffisant', 'faible', 'défaut', 'plus', 'privé', 'quitter', 'quitté', 'sortir', 'sorti', 'sortie', 'sortant'];

/** After the word: the resource is missing or broken ("titre de séjour expiré", "voiture en panne"). */
export const LACKS_AFTER = ['non', 'pas', 'suspendu', 'retiré', 'perdu', 'expiré', 'périmé', 'bloqué', 'coupé', 'supprimé', 'panne', 'cassé', 'inexistant', 'insuffisant', 'impayé', 'refusé', 'volé', 'manquant', 'nul', 'fautes', 'hésitant', 'difficile', 'compliqué'];

/**
 * Words that make the need itself the topic ("problème de logement", "besoin d'une voiture",
 * "souhaite une formation"): negating them denies the need.
 */
export const NEED_MARKERS = [
  'problème', 'pb', 'souci', 'difficulté', 'diff', 'frein', 'besoin', 'demande', 'cherche', 'recherche', 'inquiétude',
  'inquiète', 'urgence', 'aide', 'aider', 'accompagnement', 'prépare', 'préparer', 'passer', 'repasser', 'financer',
  'financement', 'obtenir', 'apprendre', 'trouver', 'envisage', 'souhaite', 'veut', 'voudrait',
  'désire', 'projet', 'objectif',
];

/** Having the resource: "a le permis", "titulaire du permis", "bénéficie de la CSS". */
export const POSSESSIONS = [
  'a', 'ai', 'as', 'avons', 'ont', 'avait', 'possède', 'dispose', 'détient', 'titulaire', 'obtenu', 'trouvé', 'bénéficie',
  'bénéficiaire', 'allocataire', 'perçoit', 'touche', 'brsa', 'acquis', 'muni', 'équipé', 'doté', 'propriétaire',
  'locataire', 'acheté', 'utilise', 'maîtrise', 'déjà', 'entrée', 'inscrit', 'inscrite', 'intègre', 'admis', 'admise',
];

/** Before the word: the need is in the past or denied by a quality ("ancien SDF", "bonne santé"). */
export const RESOLVED_BEFORE = ['arrêt', 'ancien', 'ancienne', 'anciennement', 'autrefois', 'ex', 'bonne', 'bon', 'réglé', 'résolu'];

/** After the word: the need is met ("permis obtenu", "dette soldée", "logement OK"). */
export const RESOLVED_AFTER = [
  'ok', 'ras', 'réglé', 'résolu', 'obtenu', 'trouvé', 'soldé', 'remboursé', 'terminé', 'fini', 'stable', 'acquis', 'validé',
  'clair', 'défini', 'ouvert', 'confirmé', 'fait', 'jour', 'règle', 'poche', 'ancien', 'ancienne', 'correct', 'satisfaisant', 'autonome',
  'assuré', 'oui',
];

/** Content after "Logement :" that says all is well. */
export const HEADING_OK = ['ras', 'ok', 'stable', 'rien', 'autonome', 'bien', 'correct', 'oui', 'satisfaisant', 'réglé', 'bon', 'acquis'];

/**
 * Skipped inside a multi-word term and read as cues: "ne parle pas français", "maîtrise mal le
 * français", "ne sait ni lire ni écrire".
 */
export const INNER_MODIFIERS = ['pas', 'plus', 'jamais', 'peu', 'mal', 'bien', 'couramment', 'parfaitement', 'correctement', 'très', 'tres', 'encore', 'toujours', 'vraiment', 'guère', 'que', 'ne', 'n', 'trop', 'ni', 'du', 'tout'];

/** Articles and small prepositions: interchangeable inside a term, skippable in the text. */
export const STOPWORDS = ['de', 'd', 'du', 'des', 'la', 'le', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'au', 'aux', 'en', 'a', 'à', 'se', 's', 'y', 'ce', 'cet', 'cette'];

/**
 * Names that contain need words but are not needs: the counsellor's own institutions ("inscrit à
 * France Travail" is not a job-search need by itself, "Pôle emploi" is not "emploi").
 */
export const NEUTRAL_PHRASES = [
  'France Travail', 'Pôle emploi', 'pole emploi', 'mission locale', 'conseiller emploi', 'conseillère emploi', 'maison de santé',
  'centre de santé', 'agent de santé', 'aide à domicile', 'aide-soignant', 'aide soignante', 'auxiliaire de vie', 'assistante sociale',
  'assistant social', 'travailleur social', 'travailleuse sociale', 'centre social', 'bon de commande', 'sans succès', 'sans suite',
  'pas à pas', 'code postal', 'garde alternée', 'maisons de l’emploi', 'maison de l’emploi', 'métier de', 'espace France Travail',
  // Field labels of the case-management tools: context for a value, never a statement about the person.
  'Identifiant France Travail', 'Identifiant Pôle emploi', 'Identifiant CAF', 'Numéro de sécurité sociale', 'Adresse e-mail',
  'Adresse mail', 'Niveau de formation', 'Zone de mobilité', 'Emploi recherché', 'Emplois recherchés', 'Poste recherché',
  // Words that say the need is met or is about getting there.
  'besoins et points forts', 'se rendre au travail', 'aller au travail', 'lieu de travail',
];
