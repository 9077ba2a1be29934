import { boundedDistance } from './edit-distance';
import { lowerBound } from './token-index';

/** Words of the vocabulary that a typed word stands for, each with how well it matches (0–1). */
export interface TermMatches {
  terms: number[];
  quality: number[];
}

/** Typos allowed for a typed word of this length: none under 4 letters, 2 from 8. */
export function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

const EXACT = 1;
const FUZZY = [1, 0.72, 0.55];
const FUZZY_PREFIX = [1, 0.6, 0.45];

/**
 * Matches one typed word against the sorted vocabulary: the word itself, every word it begins
 * (it may still be being typed), and, from 4 letters, words within 1–2 typos (from 5 letters also
 * as a prefix: below that, a typo in a word still being typed matches half the vocabulary). Typo candidates must share the first letter: counsellors rarely mistype it, and it
 * turns a scan of the whole vocabulary into a scan of one letter's slice.
 */
export function matchTerm(vocabulary: readonly string[], word: string): TermMatches {
  const terms: number[] = [];
  const quality: number[] = [];
  const start = lowerBound(vocabulary, word);
  const end = lowerBound(vocabulary, `${word}\uffff`);
  for (let term = start; term < end; term++) {
    const length = vocabulary[term].length;
    terms.push(term);
    quality.push(length === word.length ? EXACT : 0.7 + (0.25 * word.length) / length);
  }

  const typos = /^\d+$/.test(word) ? 0 : typosAllowed(word.length);
  if (typos === 0) return { terms, quality };
  const sliceEnd = lowerBound(vocabulary, `${word[0]}\uffff`);
  for (let term = lowerBound(vocabulary, word[0]); term < sliceEnd; term++) {
    if (term === start) term = end;
    if (term >= sliceEnd) break;
    const candidate = vocabulary[term];
    if (candidate.length < word.length - typos) continue;
    if (Math.abs(candidate.length - word.length) <= typos) {
      const whole = boundedDistance(word, candidate, typos);
      if (whole <= typos) {
        terms.push(term);
        quality.push(FUZZY[whole]);
        continue;
      }
    }
    if (candidate.length > word.length && word.length >= 5) {
      const partial = boundedDistance(word, candidate, typos, true);
      if (partial <= typos) {
        terms.push(term);
        quality.push(FUZZY_PREFIX[partial]);
      }
    }
  }
  return { terms, quality };
}
