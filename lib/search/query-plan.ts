import { FIELD_WEIGHT } from './field-weights';
import { expandNeedWord, isNeedWord } from './need-words';
import { matchTerm, type TermMatches } from './term-matcher';
import type { RankData } from './rank-types';

const MATCH_CACHE_SIZE = 256;

export interface Query {
  /** One-letter words. */
  initials: readonly string[];
  /** The meaningful words joined, compared with the folded name. */
  phrase: string;
  /** The score of a perfect match, to bring scores to 0–1. */
  full: number;
  /** Every word names a need (« logement », « cours de français »): a need word's literal matches are capped. */
  needsOnly: boolean;
}

export interface Plan extends TermMatches {
  word: string;
  /** The query's last word, maybe still being typed: it also stands for the words it begins. */
  typing: boolean;
  /** terms[0, direct) are the word's own matches, the rest the need tokens it stands for. */
  direct: number;
  /** The word is an everyday need word: its literal matches count as NEED_WORD_LITERAL at most. */
  needWord: boolean;
  /** Postings to read: words are matched cheapest first. */
  cost: number;
  /** Lightest field read for this word (postings are sorted heaviest first). */
  minWeight: number;
}

export type WordMatches = Omit<Plan, 'word' | 'typing'>;

/**
 * Two letters say little: they are looked up in names, networks, towns, contacts and phones,
 * not in every description. It keeps the second keystroke cheap and its results sensible.
 */
function minWeightFor(word: string): number {
  return word.length <= 2 ? FIELD_WEIGHT.place : 0;
}

/** The vocabulary words a typed word stands for, kept for the next keystrokes. */
export class WordMatcher {
  private readonly cache = new Map<string, WordMatches>();

  constructor(private readonly data: RankData) {}

  /** `last`: the word may still be being typed, so it also stands for the need words it begins. */
  matches(word: string, last: boolean): WordMatches {
    const key = last ? word : `${word} `;
    let found = this.cache.get(key);
    if (!found) {
      if (this.cache.size >= MATCH_CACHE_SIZE) this.cache.clear();
      const direct = matchTerm(this.data.vocabulary, word);
      // Like descriptions, need words are not looked up for one or two letters (see minWeightFor).
      const needs = word.length > 2 ? expandNeedWord(this.data.vocabulary, word, { prefix: last }) : { terms: [], quality: [] };
      const terms = [...direct.terms, ...needs.terms];
      const quality = [...direct.quality, ...needs.quality];
      let cost = 0;
      for (const term of terms) cost += this.data.postingStart[term + 1] - this.data.postingStart[term];
      // Only a need word that some partner serves lowers the literal matches (else nothing would be above them).
      const needWord = needs.terms.length > 0 && isNeedWord(word);
      found = { terms, quality, cost, minWeight: minWeightFor(word), direct: direct.terms.length, needWord };
      this.cache.set(key, found);
    }
    return found;
  }
}
