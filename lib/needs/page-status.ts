import { memoizeByText } from '../memo';
import { CATEGORIES, THEMATIQUES } from '../taxonomy';

/**
 * How case-management software marks a line of a diagnostic: a badge, a cell, a chosen option or
 * a checked radio saying whether the line is a need (« Besoin ») or not (« Point fort »,
 * « Non exploré », « RAS »…). Pure functions over short strings.
 */
export type Status = 'need' | 'none';

export const foldText = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

/** Folded, whole-text status words (endings of gender and number allowed by the patterns). */
const NONE_STATUS = [
  /^points? forts?$/,
  /^atouts?$/,
  /^non (explore|aborde|evalue|renseigne|concerne|traite)e?s?$/,
  /^pas (de|d) ?(contraintes?|besoins?|difficultes?|freins?|probleme)$/,
  /^aucune?( (contrainte|besoin|difficulte|frein|probleme))?s?$/,
  /^ras$/,
  /^r a s$/,
  /^(resolu|cloture|clos|leve|acquis|termine|solde|realise|abandonne|annule|traite|honore|fini|acheve)e?s?( (le|depuis le) [0-9 ]+)?$/,
  // Appointment and follow-up statuses of the tools' history tables (rdv-insertion, Carnet de bord).
  /^(rendez vous|rdv) (honore|annule|effectue|passe)e?s?( par l (usager|agent|organisation))?$/,
  /^annulee? (par l )?(usager|agent|organisation)?$/,
  /^absence( non)? excusee$/,
  /^(suivi )?(cloture|termine|clos|archive)e?s?$/,
  /^(usager )?absente?$/,
  /^present(e)?$/,
  /^non$/,
  /^sans objet$/,
  /^n ?a$/,
  /^ne sait pas$/,
];
const NEED_STATUS = [
  /^besoins?( identifies?| prioritaires?| a travailler| exprimes?)?$/,
  /^a travailler$/,
  /^freins?( identifies?| peripheriques?)?$/,
  /^(prioritaire|urgent)e?s?$/,
  /^oui$/,
  /^en cours$/,
  /^(difficulte|contrainte)s?$/,
  /^a accompagner$/,
];

/**
 * Short texts are judged once: a file repeats its badges, column names and labels (« Besoin »,
 * « Logement », « Oui ») hundreds of times, and folding is the costly part.
 */
/** The status a short text states by itself (a badge, a cell, an option), if any. */
export function statusOf(text: string): Status | undefined {
  return text.length > 60 ? undefined : memoStatus(text);
}

const memoStatus = memoizeByText((text: string): Status | undefined => {
  const folded = foldText(text);
  if (!folded || folded.length > 40) return undefined;
  if (NONE_STATUS.some((re) => re.test(folded))) return 'none';
  if (NEED_STATUS.some((re) => re.test(folded))) return 'need';
  return undefined;
});

const SEPARATOR = /[:–—-]/;

/** « Logement : RAS », « Santé – Point fort »: a label followed by its status in one text. */
export function trailingStatus(text: string): { label: string; status: Status } | undefined {
  if (text.length > 130 || !SEPARATOR.test(text)) return undefined;
  const match = /^(.{1,80}?)\s*[:–—-]\s*([^:–—-]{1,40})$/.exec(text.trim());
  if (!match) return undefined;
  const status = statusOf(match[2]);
  return status ? { label: match[1], status } : undefined;
}

/** Theme names shown as headings, columns or list titles: alone they say no difficulty. */
const THEME_NAMES: ReadonlySet<string> = new Set([
  ...CATEGORIES.map((c) => foldText(c.label)),
  ...THEMATIQUES.map((t) => foldText(t.label)),
  ...[
    'logement', 'hebergement', 'logement hebergement', 'sante', 'mobilite', 'emploi', 'formation', 'numerique',
    'budget', 'famille', 'situation familiale', 'contraintes familiales', 'contraintes personnelles', 'freins',
    'freins peripheriques', 'difficultes financieres', 'difficultes administratives', 'ressources', 'acces aux droits',
    'maitrise de la langue', 'maitrise de la langue francaise', 'langue', 'se deplacer', 'se loger', 'se soigner',
    'gestion du budget', 'situation administrative', 'justice', 'droits', 'accompagnement', 'insertion professionnelle',
    'projet professionnel', 'competences', 'savoirs de base', 'garde d enfants', 'mode de garde', 'transport',
    'vie sociale', 'handicap', 'alimentation', 'permis de conduire', 'illettrisme', 'endettement', 'autonomie numerique',
  ],
].map((name) => name.replace(/'/g, ' ')));

/** What a statement's text says by itself, folded once: its status, a theme's name, a plain fact. */
export function classify(text: string): { themeName: boolean; plainFact: boolean } {
  return text.length > 120 ? NEITHER : memoClassify(text);
}

const NEITHER = Object.freeze({ themeName: false, plainFact: false });
const memoClassify = memoizeByText((text: string) => {
  const folded = foldText(text).replace(/'/g, ' ');
  const spaced = folded.replace(/\s+/g, ' ');
  return {
    themeName: text.length <= 80 && THEME_NAMES.has(spaced),
    plainFact: spaced.split(' ').length <= 10 && FACTS.some((re) => re.test(spaced)),
  };
});

/** A theme's name alone (« Logement », « Santé », « Se déplacer »). */
export function isThemeName(text: string): boolean {
  if (text.length > 80) return false;
  const folded = foldText(text).replace(/'/g, ' ').replace(/\s+/g, ' ');
  return THEME_NAMES.has(folded);
}

/** A plain fact about the person that is no difficulty (« Permis B », « Dispose d'un smartphone »). */
const FACTS = [
  /^permis [a-z0-9]{1,3}( (valide|obtenu|en cours de validite))?$/,
  /^(titulaire|detenteur|detentrice) (du|d un) permis/,
  /^(a|possede) (le|son|un) (permis|vehicule|ordinateur|smartphone|telephone)/,
  /^(dispose|disposant) d/,
  /^(possede|possession d)/,
  /^vehicule (personnel|disponible)$/,
  /^locataire( du parc (social|prive))?$/,
  /^(proprietaire|heberge en logement autonome|logement autonome|logement stable)$/,
  /^usage (avance|expert) du numerique/,
  /^(bonne|tres bonne) maitrise/,
  /^(mobile|autonome)( dans ses deplacements)?$/,
  // Schemes and eligibility the person is in: a status of the file, not a difficulty.
  /^eligibles? (a l |au |aux )?(iae|cej|rsa|pass iae)\b/,
  /^(beneficiaire|allocataire)s? (du|des|de l|de la) /,
  /^contrat d engagement (jeune|reciproque)\b/,
  /^salaire\b/,
  // Situations of the file that are not, alone, a need for a partner (IAE criteria, profiles).
  /^parents? isoles?$/,
  /^(senior|jeune)s?( [0-9 ]+ ans)?( ans)?$/,
  /^(de|deld|detld|delds)( [0-9 ]+ mois)?( [0-9 ]+ mois)?$/,
  /^demandeu(r|se|rs|ses) d emploi\b/,
  /^resident(e)? (qpv|zrr|zrr zfrr)$/,
  /^travailleu(r|se)s? handicapee?s?$/,
  /^(titulaire|beneficiaire) de la (rqth|loi handicap( oeth)?)$/,
  /^rqth$/,
  /^(allocataire|beneficiaire) (ass|aah|are|rsa)\b/,
  /^sans emploi( depuis\b.*)?$/,
  /^(inscrite?|inscription) (a )?france travail\b/,
  /^(diplome|diplomee) (du )?bac\b/,
  /^(formation de )?niveau (bac|cap|bep|[0-9])\b/,
  /^sortante? de l ase$/,
  /^(rsa|ass|aah|are|cej|cer|ppae|pacea)( (droit ouvert|majore|non majore)\b.*)?$/,
  /^rsa droit ouvert\b/,
];

export function isPlainFact(text: string): boolean {
  if (text.length > 120) return false;
  const folded = foldText(text).replace(/'/g, ' ');
  return folded.split(' ').length <= 10 && FACTS.some((re) => re.test(folded));
}

/** Placeholder options of a select (« Choisir… », « -- Sélectionner -- »). */
export function isPlaceholderOption(text: string): boolean {
  const folded = foldText(text);
  return folded === '' || /^(choisir|selectionner|veuillez|choisissez|selectionnez)\b/.test(folded);
}
