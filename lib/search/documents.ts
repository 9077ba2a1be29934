import type { Partner } from '../schema';
import { CATEGORIES, aliasesOfNetwork, categoryOfThematique, labelOf } from '../taxonomy';
import { FIELD_WEIGHT } from './field-weights';
import { networksOfName } from './name-kinds';
import { needTokensOf } from './need-words';
import { phoneToken, wordsOf } from './normalize';
import { qualityOf } from './quality';

export { FIELD_WEIGHT } from './field-weights';

/** What the index keeps of a partner besides its words. */
export interface SearchDocument {
  /** Folded name without stop words, for the exact and starts-with bonuses. */
  name: string;
  /** Weighted words: word -> best field weight. */
  words: Map<string, number>;
  /** Bit i set when the partner serves CATEGORIES[i]. */
  categoryMask: number;
  /** Where it is and whom it serves: INSEE commune, département, zone_eligibilite codes. */
  places: string[];
  /** Thematiques served (for the needs panel's precise-thematique ordering). */
  thematiques: string[];
  /** How complete and fresh the record is, 0–255 (see qualityOf): orders equally relevant partners. */
  quality: number;
}

const CATEGORY_BIT = new Map(CATEGORIES.map((entry, i) => [entry.value, 1 << i]));

export function categoryMaskOf(categories: Iterable<string>): number {
  let mask = 0;
  for (const category of categories) mask |= CATEGORY_BIT.get(category) ?? 0;
  return mask;
}

/** Département of an INSEE commune code or postal code ("34301" -> "34", "97411" -> "974", "2A004" -> "2A"). */
export function departementOf(code: string | null | undefined): string | undefined {
  if (!code || code.length !== 5) return undefined;
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

// Directories repeat the same strings (labels, aliases, template descriptions, towns): folding
// each once roughly halves the build time.
const foldedWords = new Map<string, string[]>();
function cachedWords(text: string | null | undefined): string[] {
  if (!text) return [];
  let words = foldedWords.get(text);
  if (!words) {
    if (foldedWords.size > 50_000) foldedWords.clear();
    words = wordsOf(text);
    foldedWords.set(text, words);
  }
  return words;
}

/** Frees the folding cache once a build is done (it holds tens of thousands of strings). */
export function forgetFoldedWords(): void {
  foldedWords.clear();
}

/**
 * A partner as the index sees it. `contacts` are the counsellor's own named contacts there. A
 * partner merged from several records (lib/directory/merge-group.ts) is found by each record's name.
 */
export function toSearchDocument(partner: Partner & { group?: { members: readonly { nom: string }[] } }, contacts: readonly string[] = [], now = Date.now()): SearchDocument {
  const words = new Map<string, number>();
  const add = (text: string | null | undefined, weight: number) => {
    for (const word of cachedWords(text)) if ((words.get(word) ?? 0) < weight) words.set(word, weight);
  };
  const addToken = (token: string | undefined, weight: number) => {
    if (token && (words.get(token) ?? 0) < weight) words.set(token, weight);
  };

  add(partner.nom, FIELD_WEIGHT.name);
  for (const member of partner.group?.members ?? []) add(member.nom, FIELD_WEIGHT.name);
  // Its networks, and those its name reveals (« UTPAS de Roubaix »): their aliases find it.
  for (const network of new Set([...(partner.reseaux_porteurs ?? []), ...networksOfName(cachedWords(partner.nom))])) {
    add(labelOf('reseau', network), FIELD_WEIGHT.network);
    for (const alias of aliasesOfNetwork(network)) add(alias, FIELD_WEIGHT.network);
  }
  add(partner.commune, FIELD_WEIGHT.place);
  const townWords = cachedWords(partner.commune);
  if (townWords.length > 1) for (const word of townWords) words.set(word, FIELD_WEIGHT.placePart);
  addToken(partner.code_postal ?? undefined, FIELD_WEIGHT.place);
  addToken(phoneToken(partner.telephone), FIELD_WEIGHT.phone);
  add(partner.description, FIELD_WEIGHT.description);
  for (const name of contacts) add(name, FIELD_WEIGHT.contact);

  const places = new Set<string>();
  const thematiques = new Set<string>();
  const categories = new Set<string>();
  for (const code of [partner.code_insee, partner.code_postal]) {
    const departement = departementOf(code);
    if (departement) places.add(departement);
  }
  if (partner.code_insee) places.add(partner.code_insee);
  for (const service of partner.services) {
    add(service.nom, FIELD_WEIGHT.service);
    add(service.contact_nom_prenom, FIELD_WEIGHT.contact);
    add(service.commune, FIELD_WEIGHT.place);
    addToken(phoneToken(service.telephone), FIELD_WEIGHT.phone);
    add(service.description, FIELD_WEIGHT.description);
    for (const thematique of service.thematiques ?? []) {
      thematiques.add(thematique);
      categories.add(categoryOfThematique(thematique));
    }
    for (const zone of service.zone_eligibilite ?? []) places.add(zone);
    if (service.code_insee) places.add(service.code_insee);
  }
  for (const thematique of thematiques) {
    add(labelOf('thematique', thematique), FIELD_WEIGHT.service);
  }
  for (const category of categories) {
    add(labelOf('categorie', category), FIELD_WEIGHT.service);
  }
  for (const token of needTokensOf(thematiques, categories)) addToken(token, FIELD_WEIGHT.name);
  return {
    name: cachedWords(partner.nom).join(' '),
    words,
    categoryMask: categoryMaskOf(categories),
    places: [...places],
    thematiques: [...thematiques],
    quality: Math.round(qualityOf(partner, now) * 255),
  };
}
