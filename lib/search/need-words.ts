import { NEED_LEXICON } from '../taxonomy';
import { FIELD_WEIGHT } from './field-weights';
import { wordsOf } from './normalize';
import { matchTerm } from './term-matcher';
import { lowerBound } from './token-index';

/**
 * The need lexicon ("dettes" -> surendettement) is searched through one token per thematique
 * or category in each partner, not by copying hundreds of need words into every partner: a
 * typed word is matched against the lexicon's own small vocabulary, then stands for the
 * tokens of the needs it names. Tokens start with a control character no query word has.
 */
const PREFIX = '\u0001';

/**
 * Each need word with its weight: a one-word term ("dettes") counts fully; a word taken from
 * a phrase ("dettes" in "dettes de jeu", an addiction) counts less, so it does not outrank the
 * thematique it names on its own. `~category` keys hint at the category for partners without
 * the precise thematique.
 */
const BY_WORD = new Map<string, Map<string, number>>();
function addNeedWords(key: string, words: readonly string[], weight: number) {
  for (const word of words) {
    const keys = BY_WORD.get(word) ?? new Map<string, number>();
    if ((keys.get(key) ?? 0) < weight) keys.set(key, weight);
    BY_WORD.set(word, keys);
  }
}
for (const entry of NEED_LEXICON) {
  for (const term of entry.terms) {
    // Proper names ("Wimoov", "Restos du cœur", "Banque de France") are need cues in a case note,
    // but typed in the search box they mean that organisation: its own name and aliases find it.
    // Acronyms in capitals ("FLE", "SDF", "RQTH") stay need words.
    if (/^\p{Lu}\S*\p{Ll}/u.test(term)) continue;
    const words = wordsOf(term);
    const phrase = words.length > 1;
    addNeedWords(entry.thematique ?? entry.category, words, phrase ? FIELD_WEIGHT.needPhrase : FIELD_WEIGHT.need);
    if (entry.thematique) addNeedWords(`~${entry.category}`, words, phrase ? FIELD_WEIGHT.needPhrase / 2 : FIELD_WEIGHT.needCategory);
  }
}
const VOCABULARY = [...BY_WORD.keys()].sort();
const KEYS = new Set([...BY_WORD.values()].flatMap((keys) => [...keys.keys()]));

/** The need tokens of a partner serving these thematiques and categories. */
export function needTokensOf(thematiques: Iterable<string>, categories: Iterable<string>): string[] {
  const tokens: string[] = [];
  for (const thematique of thematiques) if (KEYS.has(thematique)) tokens.push(PREFIX + thematique);
  for (const category of categories) {
    if (KEYS.has(category)) tokens.push(PREFIX + category);
    if (KEYS.has(`~${category}`)) tokens.push(`${PREFIX}~${category}`);
  }
  return tokens;
}

/**
 * Positions in `vocabulary` of the need tokens a typed word stands for, with the match quality
 * times the need word's weight (need tokens are indexed at full weight).
 */
export function expandNeedWord(vocabulary: readonly string[], word: string): { terms: number[]; quality: number[] } {
  const best = new Map<number, number>();
  const matched = matchTerm(VOCABULARY, word);
  matched.terms.forEach((position, i) => {
    for (const [key, weight] of BY_WORD.get(VOCABULARY[position]) ?? []) {
      // A category hint is weak and read on a large share of the directory: exact words only.
      if (key.startsWith('~') && matched.quality[i] < 1) continue;
      const token = PREFIX + key;
      const term = lowerBound(vocabulary, token);
      if (vocabulary[term] !== token) continue;
      const quality = (matched.quality[i] * weight) / FIELD_WEIGHT.name;
      if ((best.get(term) ?? 0) < quality) best.set(term, quality);
    }
  });
  return { terms: [...best.keys()], quality: [...best.values()] };
}
