import { collect, type RankContext } from './collect';
import { initialsMask } from './initials';
import type { Plan, Query } from './query-plan';
import type { RankOptions, RankedDocument } from './rank-types';
import { NEED_WORD_LITERAL } from './rank-weights';

/** Whole words kept from keystroke to keystroke: beyond, a query is ranked from scratch. */
const MAX_WHOLE_WORDS = 6;

/** The documents having every whole word of a query, with each word's value (words in cost order). */
interface Whole {
  key: string;
  docs: Uint32Array;
  /** values[c * words + k]: candidate c's value for whole word k. */
  values: Float32Array;
  /** Per candidate, while a keystroke is ranked: its value for the word being typed, and whether met. */
  typed: Float32Array;
  met: Uint8Array;
  /** Buffers a keystroke fills (the candidates met by the word being typed, those left): none grown per key. */
  metOrder: Uint32Array;
  final: Int32Array;
}

/** The kept values depend on needsOnly only through a need word's capped literal matches. */
function keyFor(kept: readonly Plan[], query: Query): string {
  return `${query.needsOnly && kept.some((plan) => plan.needWord) ? 1 : 0}|${kept.map((plan) => plan.word).join(' ')}`;
}

/**
 * The documents having every whole word of the last query (the words before the one being
 * typed), kept for its next keystrokes: those read only the postings of the word being typed.
 */
export class WholeWords {
  private whole: Whole | undefined;
  private readonly wordValues: Float32Array[] = [];
  private slot: Int32Array | undefined;
  private pending: (() => void) | undefined;

  constructor(private readonly context: RankContext) {}

  /**
   * Keeps the documents having every whole word of the last query ranked, for its next keystrokes:
   * called when idle, after the answer has left (the search worker), so that no keystroke pays for it.
   */
  warm(): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.();
  }

  /**
   * The same answer as `run(plans, 0, …)`, reading only the postings of the word being typed:
   * the documents having every whole word (the words before it) are kept from the previous
   * keystroke, with each word's value, while the counsellor types the next word. Sums are added
   * in the same order and candidates offered in the same order as `run`, so scores and ties come
   * out identical. Undefined when there is nothing to keep (one word, or a repeated one).
   */
  rank(plans: readonly Plan[], query: Query, options: RankOptions): RankedDocument[] | undefined {
    const typing = plans.filter((plan) => plan.typing);
    const wholePlans = plans.filter((plan) => !plan.typing);
    if (typing.length > 1 || wholePlans.length === 0 || wholePlans.length > MAX_WHOLE_WORDS) return undefined;
    const keyOf = (kept: readonly Plan[]) => keyFor(kept, query);
    const key = keyOf(wholePlans);
    let current = typing[0];
    if (this.whole?.key !== key) {
      // Not kept yet: the whole words are kept once idle (warm) for the next keystrokes.
      this.keepWhenIdle(wholePlans, query);
      // A word just ended by a letter (« france travail s »): the words before it are still kept,
      // and the ended one is read like a word being typed. Else this keystroke is ranked from scratch.
      const ended = current ? -1 : wholePlans.findIndex((plan) => keyOf(wholePlans.filter((other) => other !== plan)) === this.whole?.key);
      if (ended < 0) return undefined;
      current = wholePlans[ended];
    }
    const { docs, values, typed, met } = this.whole!;
    const slot = this.slot!;
    const m = current ? plans.length - 1 : plans.length;
    const { sum, matched, weakest } = this.context.scratch;
    // The candidates having the word being typed too, in the order `run` would first meet them.
    let order: Uint32Array | undefined;
    if (current) {
      const metOrder = this.whole!.metOrder;
      let metCount = 0;
      const { postingStart, postingDoc, postingWeight } = this.context.data;
      const { terms, quality, minWeight, direct, needWord } = current;
      for (let t = 0; t < terms.length; t++) {
        const q = quality[t];
        const cap = query.needsOnly && needWord && t < direct ? NEED_WORD_LITERAL : Infinity;
        const end = postingStart[terms[t] + 1];
        for (let p = postingStart[terms[t]]; p < end; p++) {
          const weight = Math.min(postingWeight[p], cap);
          if (weight < minWeight) break;
          const c = slot[postingDoc[p]];
          if (c < 0) continue;
          if (met[c] === 0) {
            met[c] = 1;
            metOrder[metCount++] = c;
          }
          const value = q * weight;
          if (value > typed[c]) typed[c] = value;
        }
      }
      // The typed word read first (it was the cheapest): its postings' order; else the whole words'.
      if (plans[0] === current) order = metOrder.subarray(0, metCount);
      // Else the whole words' order: candidates in turn when many were met, else the few met sorted.
      else if (metCount * 8 < docs.length) order = metOrder.slice(0, metCount).sort();
    }
    const final = this.whole!.final;
    let finalCount = 0;
    const { nameInitials } = this.context.data;
    const wanted = initialsMask(query.initials);
    const count = order ? order.length : docs.length;
    for (let i = 0; i < count; i++) {
      const c = order ? order[i] : i;
      if (current && !(typed[c] > 0)) continue;
      const doc = docs[c];
      // A name without the query's initials is passed over by collect: not worth summing.
      if ((nameInitials[doc] & wanted) !== wanted) continue;
      // Word by word in the order `run` reads them (cheapest first), each sum rounded as it stores it.
      let total = 0;
      let low = Infinity;
      for (let k = 0, w = 0; k < plans.length; k++) {
        const value = plans[k] === current ? typed[c] : values[c * m + w++];
        total = Math.fround(total + value);
        if (value < low) low = value;
      }
      sum[doc] = total;
      weakest[doc] = low;
      matched[doc] = plans.length;
      final[finalCount++] = doc;
    }
    if (current) {
      typed.fill(0);
      met.fill(0);
    }
    const ranked = collect(this.context, final.subarray(0, finalCount), plans.length, plans.length, query, options);
    for (let i = 0; i < finalCount; i++) {
      const doc = final[i];
      sum[doc] = 0;
      matched[doc] = 0;
      weakest[doc] = 0;
    }
    return ranked;
  }

  private keepWhenIdle(wholePlans: readonly Plan[], query: Query): void {
    this.pending = () => {
      const slot = (this.slot ??= new Int32Array(this.context.scratch.sum.length).fill(-1));
      if (this.whole) for (const doc of this.whole.docs) slot[doc] = -1;
      this.whole = this.intersect(wholePlans, keyFor(wholePlans, query), query);
      this.whole.docs.forEach((doc, c) => (slot[doc] = c));
    };
  }

  /** The documents having every one of these words, in the order `run` first meets them, with each word's value. */
  private intersect(plans: readonly Plan[], key: string, query: Query): Whole {
    const { best, matched, seen } = this.context.scratch;
    const { postingStart, postingDoc, postingWeight } = this.context.data;
    let live: number[] = [];
    for (let k = 0; k < plans.length; k++) {
      const values = (this.wordValues[k] ??= new Float32Array(best.length));
      const { terms, quality, minWeight, direct, needWord } = plans[k];
      for (let t = 0; t < terms.length; t++) {
        const q = quality[t];
        const cap = query.needsOnly && needWord && t < direct ? NEED_WORD_LITERAL : Infinity;
        const end = postingStart[terms[t] + 1];
        for (let p = postingStart[terms[t]]; p < end; p++) {
          const weight = Math.min(postingWeight[p], cap);
          if (weight < minWeight) break;
          const doc = postingDoc[p];
          if (matched[doc] !== k) continue;
          if (k === 0 && seen[doc] === 0) {
            seen[doc] = 1;
            live.push(doc);
          }
          const value = q * weight;
          if (value > best[doc]) best[doc] = value;
        }
      }
      // Only the documents having this word too go on to the next one.
      const kept: number[] = [];
      for (const doc of live) {
        if (best[doc] > 0) {
          values[doc] = best[doc];
          matched[doc]++;
          best[doc] = 0;
          kept.push(doc);
        } else {
          matched[doc] = 0;
          seen[doc] = 0;
        }
      }
      live = kept;
    }
    const m = plans.length;
    const docs = Uint32Array.from(live);
    const values = new Float32Array(docs.length * m);
    for (let c = 0; c < docs.length; c++) {
      const doc = docs[c];
      for (let k = 0; k < m; k++) values[c * m + k] = this.wordValues[k][doc];
      matched[doc] = 0;
      seen[doc] = 0;
    }
    return { key, docs, values, typed: new Float32Array(docs.length), met: new Uint8Array(docs.length), metOrder: new Uint32Array(docs.length), final: new Int32Array(docs.length) };
  }
}
