import { memoizeByText } from '../memo';
import { foldText } from './page-status';

/**
 * The words of the case-management software itself, not of the person: field labels (context for
 * their value, never a statement), the tools' tabs, section titles and application states, and
 * the organisations a file names. Data only, compared on whole folded statements, so a note that
 * uses the same words in a sentence is still read.
 */

/** Field labels whose value is data about the file (an identifier, an address, a job title): neither is read. */
const DATA_LABELS = [
  'nom', 'prenom', 'civilite', 'date de naissance', 'ne le', 'nee le', 'pays de naissance', 'commune de naissance', 'telephone',
  'adresse', 'adresse e mail', 'adresse email', 'email', 'e mail', 'courriel', 'numero de securite sociale', 'nir',
  'identifiant france travail', 'id france travail', 'identifiant pole emploi', 'numero france travail', 'identifiant caf msa',
  'identifiant caf', 'numero caf', 'n caf', 'numero allocataire', 'id interne au departement', 'date d entree flux',
  'date de creation', 'role', 'curriculum vitae', 'cv', 'emploi recherche', 'emplois recherches', 'poste recherche',
  'postes recherches', 'zone de mobilite', 'niveau de formation', 'niveau d etude', 'inscrit a france travail depuis',
  'inscription france travail', 'accompagnateur', 'accompagnateur depuis le', 'type', 'organisation', 'organisations',
  'structure', 'referent', 'referents', 'referente', 'prescripteur ou prescriptrice', 'conseiller ou conseillere referente',
  'employeur destinataire', 'emetteur de la candidature', 'duree de validite du diagnostic', 'pieces jointes', 'droits',
  'service concerne', 'date d envoi de la demande', 'cree par', 'creee par', 'motif', 'lien', 'rdv pris le', 'date du rdv',
  'convoque par', 'statut', 'statut rdv', 'date', 'sans emploi', 'rqth', 'oeth', 'fonction',
  'accompagnateur', 'date de creation',
];

/** Labels and titles of the tools that say nothing by themselves (their value, if any, is read). */
const TOOL_TEXTS = [
  'candidature', 'candidatures', 'candidature a l etude', 'nouvelle candidature', 'candidature declinee', 'candidature refusee',
  'candidature acceptee', 'embauche', 'embauche annulee', 'candidature spontanee', 'message de candidature', 'informations',
  'informations generales', 'informations personnelles', 'informations de contact', 'etat civil', 'coordonnees', 'situation',
  'situation actuelle', 'autres', 'diagnostic', 'eligibilite a l iae', 'eligible a l iae', 'eligibilite iae validee',
  'suivi des contrats iae', 'criteres administratifs', 'criteres administratifs de niveau 1', 'criteres administratifs de niveau 2',
  'certification des criteres', 'certifie', 'dernier accompagnateur connu', 'intervenants', 'mon intervention', 'historique',
  'historique des modifications', 'historique de parcours', 'commentaires', 'rendez vous', 'parcours', 'plan d action',
  'objectifs', 'groupe de suivi', 'situation socioprofessionnelle', 'beneficiaire', 'la demande', 'les contacts',
  'motifs de l orientation', 'criteres auxquels le ou la beneficiaire repond', 'ressources', 'rsa', 'ass', 'aah',
  'en cours de traitement', 'prefere', 'pour valider l eligibilite iae du candidat', 'tags', 'categorie', 'evenements',
  // Kinds of employers and schemes of the IAE, shown as labels on the tools' cards.
  'aci', 'ai', 'ei', 'etti', 'eiti', 'geiq', 'ea', 'iae',
];

/** Section titles whose whole content is about the software or other people (staff, the service's own criteria, files). */
const OTHERS_SECTIONS = [
  'cree par', 'creee par', 'les contacts', 'groupe de suivi', 'criteres auxquels le ou la beneficiaire repond', 'criteres correspondants',
  'pieces jointes', 'dernier accompagnateur connu', 'emetteur de la candidature', 'referents', 'organisations', 'intervenants',
  'prescripteur ou prescriptrice', 'conseiller ou conseillere referente',
];
const OTHERS_SECTION_SET: ReadonlySet<string> = new Set(OTHERS_SECTIONS);
/** The tools' sentences about the file itself (« Candidature envoyée le 12/11/2026 »). */
const TOOL_PATTERNS = [/^axe de travail\b/, /^candidatures? (envoyee|recue|transferee|acceptee|refusee|declinee)s? le\b/, /^(envoyee|creee|mise a jour|modifiee) le\b/, /^informations mises a jour le\b/];

const DATA_LABEL_SET: ReadonlySet<string> = new Set(DATA_LABELS);
const TOOL_TEXT_SET: ReadonlySet<string> = new Set([...TOOL_TEXTS, ...DATA_LABELS]);

/** Organisations the files name: who works with the person, not what the person needs. */
const ORGANISATIONS = /^(aci|etti|eiti|geiq|ei|ea|france travail|pole emploi|caf|cpam|msa|ccas|cias|udaf|mission locale|greta|cap emploi|departement|conseil departemental|secours populaire|emmaus|envie)\b/;

/** Folded, apostrophes as spaces, a leading or trailing count dropped (« 6 résultats », « Commentaires 0 »). */
const fold = (text: string) =>
  foldText(text).replace(/'/g, ' ').replace(/\s+/g, ' ').replace(/ [0-9]+$/, '').replace(/^[0-9]+ /, '');

/** A field label whose value is data (an identifier, an address, a job title): neither is read. */
// Lengths are checked before the memo: a long text is never a label, and hashing it would cost more than the answer.
const memoDataLabel = memoizeByText((text: string): boolean => DATA_LABEL_SET.has(fold(text)));
export const isDataLabel = (text: string): boolean => text.length <= 60 && memoDataLabel(text);

/** The software's own words or an organisation's name, alone in a statement: no evidence. */
export const isToolText = (text: string): boolean => text.length <= 80 && memoToolText(text);
const memoToolText = memoizeByText((text: string): boolean => {
  const folded = fold(text);
  return TOOL_TEXT_SET.has(folded) || TOOL_PATTERNS.some((re) => re.test(folded)) || (folded.split(' ').length <= 8 && ORGANISATIONS.test(folded));
});

/** A section about others (the staff, the service's criteria, attachments): nothing in it is the person's need. */
const memoOthersSection = memoizeByText((text: string): boolean => OTHERS_SECTION_SET.has(fold(text)));
export const isOthersSection = (text: string): boolean => text.length <= 80 && memoOthersSection(text);
