import { memoizeByText } from '../memo';
import { NEED_LEXICON } from '../taxonomy';
import { FIELD_WEIGHT } from './field-weights';
import { boundedDistance } from './edit-distance';
import { matchTerm, typosAllowed, type TermMatches } from './term-matcher';
import { lowerBound } from './token-index';
import { queryWords, wordsOf } from './normalize';
import { namedNeedsKey, type NamedNeeds } from './named-needs';

/**
 * The need lexicon ("dettes" -> surendettement) is searched through one token per thematique
 * or category in each partner, not by copying hundreds of need words into every partner: a
 * typed word is matched against the lexicon's own small vocabulary, then stands for the
 * tokens of the needs it names. Tokens start with a control character no query word has.
 */
const PREFIX = '\u0001';

interface NeedWords {
  /** Each need word -> the thematiques and categories (`~category`: a hint) it names, with its weight. */
  byWord: Map<string, Map<string, number>>;
  vocabulary: string[];
  keys: Set<string>;
  /** One-word terms in lower case: everyday need words (acronyms like « CPAM » name an organisation when typed alone). */
  everyday: Set<string>;
}
let built: NeedWords | undefined;

/**
 * Each need word with its weight: a one-word term ("dettes") counts fully; a word taken from
 * a phrase ("dettes" in "dettes de jeu", an addiction) counts less, so it does not outrank the
 * thematique it names on its own. `~category` keys hint at the category for partners without
 * the precise thematique. Built at first use, not when the module loads: a page that only asks
 * the search worker (the popup) never pays for it.
 */
function needWords(): NeedWords {
  if (built) return built;
  const byWord = new Map<string, Map<string, number>>();
  const add = (key: string, words: readonly string[], weight: number) => {
    for (const word of words) {
      const keys = byWord.get(word) ?? new Map<string, number>();
      if ((keys.get(key) ?? 0) < weight) keys.set(key, weight);
      byWord.set(word, keys);
    }
  };
  const everyday = new Set<string>();
  for (const entry of NEED_LEXICON) {
    for (const term of entry.terms) {
      // Proper names ("Wimoov", "Restos du cœur", "Banque de France") are need cues in a case note,
      // but typed in the search box they mean that organisation: its own name and aliases find it.
      // Acronyms in capitals ("FLE", "SDF", "RQTH") stay need words.
      if (/^\p{Lu}\S*\p{Ll}/u.test(term)) continue;
      const words = wordsOf(term);
      const phrase = words.length > 1;
      if (!phrase && term !== term.toUpperCase()) everyday.add(words[0]);
      add(entry.thematique ?? entry.category, words, phrase ? FIELD_WEIGHT.needPhrase : FIELD_WEIGHT.need);
      if (entry.thematique) add(`~${entry.category}`, words, phrase ? FIELD_WEIGHT.needPhrase / 2 : FIELD_WEIGHT.needCategory);
    }
  }
  built = { byWord, vocabulary: [...byWord.keys()].sort(), keys: new Set([...byWord.values()].flatMap((keys) => [...keys.keys()])), everyday };
  return built;
}

/** The need tokens of a partner serving these thematiques and categories. */
export function needTokensOf(thematiques: Iterable<string>, categories: Iterable<string>): string[] {
  const { keys } = needWords();
  const tokens: string[] = [];
  for (const thematique of thematiques) if (keys.has(thematique)) tokens.push(PREFIX + thematique);
  for (const category of categories) {
    if (keys.has(category)) tokens.push(PREFIX + category);
    if (keys.has(`~${category}`)) tokens.push(`${PREFIX}~${category}`);
  }
  return tokens;
}

/**
 * Positions in `vocabulary` of the need tokens a typed word stands for, with the match quality
 * times the need word's weight (need tokens are indexed at full weight).
 */
export function expandNeedWord(vocabulary: readonly string[], word: string, options: { prefix?: boolean } = {}): { terms: number[]; quality: number[] } {
  const { byWord, vocabulary: needVocabulary } = needWords();
  const best = new Map<number, number>();
  const matched = needMatches(needVocabulary, word, options.prefix ?? true);
  matched.terms.forEach((position, i) => {
    for (const [key, weight] of byWord.get(needVocabulary[position]) ?? []) {
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

/**
 * Need words a typed word stands for. A word the counsellor has finished typing (followed by
 * another) is a whole word: « cours » in « cours de français » is not the start of « courses »,
 * nor « porte » of « porter »; typos are tolerated from six letters. Only the last word may be a prefix.
 */
function needMatches(needVocabulary: readonly string[], word: string, prefix: boolean): TermMatches {
  const matched = matchTerm(needVocabulary, word);
  if (prefix) return matched;
  // Four or five letters one typo from a need word are usually another word (« porte », « perte »).
  const typos = word.length >= 6 ? typosAllowed(word.length) : 0;
  const whole: TermMatches = { terms: [], quality: [] };
  matched.terms.forEach((position, i) => {
    const candidate = needVocabulary[position];
    if (candidate !== word && (Math.abs(candidate.length - word.length) > typos || boundedDistance(word, candidate, typos) > typos)) return;
    whole.terms.push(position);
    whole.quality.push(matched.quality[i]);
  });
  return whole;
}

/**
 * Whether a typed word is itself an everyday need word (« français », « logement », « permis »):
 * a one-word term of the need lexicon, spelled out (typos tolerated, not a mere prefix).
 */
export function isNeedWord(word: string): boolean {
  return needWordFlags(word);
}

const needWordFlags = memoizeByText((word: string): boolean => {
  const { everyday, vocabulary } = needWords();
  const matched = needMatches(vocabulary, word, false);
  return matched.terms.some((position, i) => matched.quality[i] >= 0.7 && everyday.has(vocabulary[position]));
}, 500);

/**
 * The thematiques and categories a typed word names through the need lexicon ("dettes" ->
 * surendettement), typos tolerated: what a result row says made it match.
 */
export function needsNamedBy(word: string, options: { prefix?: boolean } = {}): ReadonlySet<string> {
  return (options.prefix ?? true) ? namedByWord(word) : namedByWholeWord(word);
}

/** A result list asks for the same typed words on every row: each is looked up once. */
const namedByWord = memoizeByText((word: string) => lookUpNeeds(word, true), 500);
const namedByWholeWord = memoizeByText((word: string) => lookUpNeeds(word, false), 500);

function lookUpNeeds(word: string, prefix: boolean): ReadonlySet<string> {
  const { byWord, vocabulary } = needWords();
  const named = new Set<string>();
  const matched = needMatches(vocabulary, word, prefix);
  matched.terms.forEach((position, i) => {
    if (matched.quality[i] < 0.7) return;
    for (const key of byWord.get(vocabulary[position])?.keys() ?? []) named.add(key.replace(/^~/, ''));
  });
  return named;
}

/**
 * What each word of a query names, as a result row reads it (match-reason.ts: only the last word
 * may still be being typed): the search worker sends it with its hits, so the page does not build
 * the lexicon's words for its rows' reasons.
 */
export function namedNeedsOfQuery(query: string): NamedNeeds {
  const words = queryWords(query);
  const named: NamedNeeds = {};
  words.forEach((word, position) => {
    const prefix = position === words.length - 1;
    named[namedNeedsKey(word, prefix)] = [...needsNamedBy(word, { prefix })];
  });
  return named;
}
