import { browseByNeeds } from './browse';
import { collect, type RankContext } from './collect';
import { initialsMask } from './initials';
import { STOP_WORDS } from './normalize';
import { PlaceFlags } from './place-flags';
import { WordMatcher, type Plan, type Query } from './query-plan';
import { createScratch, type RankData, type RankOptions, type RankedDocument } from './rank-types';
import { NEED_WORD_LITERAL } from './rank-weights';
import { WholeWords } from './whole-words';

export type { RankOptions, RankedDocument } from './rank-types';

/**
 * Ranks documents for the words of a query. Every meaningful word must match a word of the
 * document (word by word, not one long pattern); a word scores its match quality times the
 * weight of the field it was found in; the name, the territory and the favourites add bonuses.
 * Cost is linear in the postings of the matched words, not in the directory size.
 */
export class Ranker {
  private readonly context: RankContext;
  private readonly matcher: WordMatcher;
  /** The documents having every whole word of the last query (see WholeWords). */
  private readonly whole: WholeWords;
  /** The documents a pass met, in the order it met them: one buffer for every keystroke (no array grown per key). */
  private readonly met: Int32Array;

  /** `exhaustive`: no bound, no kept words — every candidate of every word read and offered (tests' reference). */
  constructor(
    private readonly data: RankData,
    private readonly settings: { exhaustive?: boolean } = {},
  ) {
    this.context = { data, scratch: createScratch(data.names.length), places: new PlaceFlags(data.places), exhaustive: settings.exhaustive };
    this.matcher = new WordMatcher(data);
    this.whole = new WholeWords(this.context);
    this.met = new Int32Array(data.names.length);
  }

  rank(words: readonly string[], options: RankOptions): RankedDocument[] {
    const meaningful = words.filter((word) => !STOP_WORDS.has(word));
    const used = meaningful.length > 0 ? meaningful : words;
    // One letter ("france travail m") is matched against the start of the name's words, on the
    // candidates the other words left or on the names alone: read through the index, a single
    // letter would touch a third of the directory.
    const initials = used.filter((word) => word.length === 1);
    // A word found nowhere in the directory cannot narrow anything: it only lowers the scores.
    const last = used[used.length - 1];
    const plans = used
      .filter((word) => word.length > 1)
      .map((word) => ({ word, typing: word === last, ...this.matcher.matches(word, word === last) }))
      .filter((plan) => plan.terms.length > 0)
      .sort((a, b) => a.cost - b.cost);
    const phrase = used.join(' ');
    // The weakest word counts twice: two fair matches ("dettes" as a need, "nancy" as the town)
    // beat one strong and one poor one ("nancy" in a name, "dettes" only through the category).
    const full = (used.length + 1) * 250;
    // Only when the query is all need words: « secu montpellier » still means the CPAM there.
    const needsOnly = plans.length > 0 && initials.length === 0 && plans.every((plan) => plan.direct < plan.terms.length);
    const query = { initials, phrase, full, needsOnly };
    if (plans.length === 0) return initials.length > 0 ? this.byInitials(query, options) : [];
    let ranked = (this.settings.exhaustive ? undefined : this.whole.rank(plans, query, options)) ?? this.run(plans, 0, query, options);
    // Nobody has every word: show those missing one rather than nothing.
    if (ranked.length === 0 && plans.length > 1) ranked = this.run(plans, 1, query, options);
    return ranked;
  }

  /** No words, only needs (the needs panel): see browseByNeeds. */
  browse(options: RankOptions): RankedDocument[] {
    return browseByNeeds(this.data, this.context.places, options);
  }

  /** Work for the next keystrokes of the last query, done when idle (see WholeWords.warm). */
  warm(): void {
    this.whole.warm();
  }

  private byInitials(query: Query, options: RankOptions): RankedDocument[] {
    const masks = this.data.nameInitials;
    const wanted = initialsMask(query.initials);
    const touched: number[] = [];
    for (let doc = 0; doc < masks.length; doc++) if ((masks[doc] & wanted) === wanted) touched.push(doc);
    return collect(this.context, touched, 0, 0, query, options);
  }

  /**
   * One pass per word, cheapest first. After the first pass only documents that can still have
   * every word (but `slack`) are looked at, so later words cost little even when they are short.
   */
  private run(plans: readonly Plan[], slack: number, query: Query, options: RankOptions): RankedDocument[] {
    const { sum, best, matched, seen, weakest } = this.context.scratch;
    const { postingStart, postingDoc, postingWeight } = this.data;
    const met = this.met;
    let count = 0;
    for (let k = 0; k < plans.length; k++) {
      const { terms, quality, minWeight, direct, needWord } = plans[k];
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t];
        const q = quality[t];
        const cap = query.needsOnly && needWord && t < direct ? NEED_WORD_LITERAL : Infinity;
        const end = postingStart[term + 1];
        for (let p = postingStart[term]; p < end; p++) {
          const weight = Math.min(postingWeight[p], cap);
          if (weight < minWeight) break;
          const doc = postingDoc[p];
          if (k - matched[doc] > slack) continue;
          if (seen[doc] === 0) {
            seen[doc] = 1;
            met[count++] = doc;
          }
          const value = q * weight;
          if (value > best[doc]) best[doc] = value;
        }
      }
      for (let i = 0; i < count; i++) {
        const doc = met[i];
        const value = best[doc];
        if (value > 0) {
          sum[doc] += value;
          weakest[doc] = matched[doc] === 0 ? value : Math.min(weakest[doc], value);
          matched[doc]++;
          best[doc] = 0;
        }
      }
    }
    const ranked = collect(this.context, met.subarray(0, count), plans.length, plans.length - slack, query, options);
    for (let i = 0; i < count; i++) {
      const doc = met[i];
      sum[doc] = 0;
      matched[doc] = 0;
      seen[doc] = 0;
      weakest[doc] = 0;
    }
    return ranked;
  }
}
