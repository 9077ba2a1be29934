import { FIELD_WEIGHT, categoryMaskOf } from './documents';
import { initialsMask } from './initials';
import { STOP_WORDS } from './normalize';
import { expandNeedWord, isNeedWord } from './need-words';
import { matchTerm, type TermMatches } from './term-matcher';
import type { PackedColumn, TextColumn } from './packed-column';
import type { TokenIndexData } from './token-index';

export interface RankOptions {
  limit: number;
  categories?: readonly string[];
  thematiques?: readonly string[];
  territory?: readonly string[];
  /** Document indices of the favourites. */
  favourites?: Uint8Array;
}

export interface RankedDocument {
  doc: number;
  /** 0 is a perfect match, 1 no match at all (Fuse's convention, kept by the contract). */
  score: number;
}

const TERRITORY_BOOST = 0.12;
const FAVOURITE_BOOST = 0.1;
const NAME_IS_QUERY = 0.3;
const NAME_STARTS_WITH_QUERY = 0.15;
const MATCH_CACHE_SIZE = 256;
/**
 * An everyday need word (« français », « logement », « permis ») typed with need words only, found literally — in a name
 * (« Secours populaire français »), a network, a service — counts a little less than serving
 * the need it names (FIELD_WEIGHT.need): the partners that serve it come first, and a name
 * that serves it too keeps its starts-with bonus.
 */
const NEED_WORD_LITERAL = FIELD_WEIGHT.need - 10;
/**
 * A national entry (the starter's hotlines and networks: no address, zone « france ») after the
 * local partners that match as well: « mission locale » gives the local one before « Mission
 * Locale (réseau national) », even without a territory. More than a whole-name match's bonus
 * over a starts-with one, and than a name's lead over a network alias (« assurance maladie »).
 */
const NATIONAL_PENALTY = 0.35;

const INITIAL_QUALITY = 0.75;
/**
 * Within equal relevance, the more complete and fresher record first (documents' `quality`).
 * Smaller than the gap between two fields' weights (≈ 0.05), larger than the name-length tie-break.
 */
const RECORD_QUALITY = 0.01;

function bitCount(value: number): number {
  let count = 0;
  for (let v = value >>> 0; v; v &= v - 1) count++;
  return count;
}
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
}

interface Query {
  /** One-letter words. */
  initials: readonly string[];
  /** The meaningful words joined, compared with the folded name. */
  phrase: string;
  /** The score of a perfect match, to bring scores to 0–1. */
  full: number;
  /** Every word names a need (« logement », « cours de français »): a need word's literal matches are capped. */
  needsOnly: boolean;
}

/** Some word of the name starts with each letter. */
function hasInitials(name: string, initials: readonly string[]): boolean {
  return initials.every((letter) => name.startsWith(letter) || name.includes(` ${letter}`));
}


interface Plan extends TermMatches {
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

/**
 * Two letters say little: they are looked up in names, networks, towns, contacts and phones,
 * not in every description. It keeps the second keystroke cheap and its results sensible.
 */
function minWeightFor(word: string): number {
  return word.length <= 2 ? FIELD_WEIGHT.place : 0;
}

/**
 * Ranks documents for the words of a query. Every meaningful word must match a word of the
 * document (word by word, not one long pattern); a word scores its match quality times the
 * weight of the field it was found in; the name, the territory and the favourites add bonuses.
 * Cost is linear in the postings of the matched words, not in the directory size.
 */
export class Ranker {
  private readonly sum: Float32Array;
  private readonly best: Float32Array;
  private readonly weakest: Float32Array;
  private readonly matched: Uint8Array;
  private readonly seen: Uint8Array;
  private readonly cache = new Map<string, Omit<Plan, 'word' | 'typing'>>();
  /** The documents having every whole word of the last query (see runFromWhole). */
  private whole: Whole | undefined;
  private readonly wordValues: Float32Array[] = [];
  private slot: Int32Array | undefined;
  private pending: (() => void) | undefined;
  private territoryKey = '';
  private territoryFlags = new Uint8Array(0);
  private nationalFlags: Uint8Array | undefined;

  constructor(private readonly data: Omit<TokenIndexData<PackedColumn>, 'thematiques'> & { thematiques: TextColumn }) {
    const size = data.names.length;
    this.sum = new Float32Array(size);
    this.best = new Float32Array(size);
    this.weakest = new Float32Array(size);
    this.matched = new Uint8Array(size);
    this.seen = new Uint8Array(size);
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
      .map((word) => ({ word, typing: word === last, ...this.matches(word, word === last) }))
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
    let ranked = this.runFromWhole(plans, query, options) ?? this.run(plans, 0, query, options);
    // Nobody has every word: show those missing one rather than nothing.
    if (ranked.length === 0 && plans.length > 1) ranked = this.run(plans, 1, query, options);
    return ranked;
  }

  /**
   * No words, only needs (the needs panel): every partner serving at least one wanted category.
   * Serving more of the needs, the precise thematique, the territory and being a favourite rank
   * higher; then by name, so the order is stable.
   */
  browse(options: RankOptions): RankedDocument[] {
    const wanted = categoryMaskOf(options.categories ?? []);
    const wantedCount = bitCount(wanted);
    if (wantedCount === 0) return [];
    const themes = options.thematiques ?? [];
    const territory = options.territory?.length ? this.flagsFor(options.territory) : undefined;
    const national = this.national();
    const { categoryMasks, thematiques, names } = this.data;
    const found: Array<{ doc: number; value: number; focus: number; name: string }> = [];
    for (let doc = 0; doc < categoryMasks.length; doc++) {
      const served = bitCount(categoryMasks[doc] & wanted);
      if (served === 0) continue;
      const precise = themes.length > 0 && themes.some((theme) => ` ${thematiques.at(doc)} `.includes(` ${theme} `)) ? 1 : 0;
      const value =
        0.6 * (served / wantedCount) +
        0.25 * precise +
        0.15 * (options.favourites?.[doc] ?? 0) +
        (territory?.[doc] ? TERRITORY_BOOST : 0) -
        (national[doc] ? NATIONAL_PENALTY : 0) +
        RECORD_QUALITY * ((this.data.quality?.[doc] ?? 0) / 255);
      // Relevance among equals: the share of what the partner does that these needs are.
      const focus = served / bitCount(categoryMasks[doc]);
      found.push({ doc, value, focus, name: names.at(doc)! });
    }
    // Round so that equal scores compare equal; among equals the partner most focused on these
    // needs comes first (a debt adviser before a general help desk), then the name: a stable list.
    const key = (value: number) => Math.round(value * 1000);
    found.sort((a, b) => key(b.value) - key(a.value) || key(b.focus) - key(a.focus) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.doc - b.doc));
    return found.slice(0, options.limit).map(({ doc, value }) => ({ doc, score: Math.max(0, 1 - value) }));
  }

  private byInitials(query: Query, options: RankOptions): RankedDocument[] {
    const masks = this.initialMasks();
    const wanted = initialsMask(query.initials);
    const touched: number[] = [];
    for (let doc = 0; doc < masks.length; doc++) if ((masks[doc] & wanted) === wanted) touched.push(doc);
    return this.collect(touched, 0, 0, query, options);
  }

  private initialMasks(): Uint32Array {
    return this.data.nameInitials;
  }

  /**
   * One pass per word, cheapest first. After the first pass only documents that can still have
   * every word (but `slack`) are looked at, so later words cost little even when they are short.
   */
  private run(plans: readonly Plan[], slack: number, query: Query, options: RankOptions): RankedDocument[] {
    const { sum, best, matched, seen, weakest } = this;
    const { postingStart, postingDoc, postingWeight } = this.data;
    const touched: number[] = [];
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
            touched.push(doc);
          }
          const value = q * weight;
          if (value > best[doc]) best[doc] = value;
        }
      }
      for (const doc of touched) {
        const value = best[doc];
        if (value > 0) {
          sum[doc] += value;
          weakest[doc] = matched[doc] === 0 ? value : Math.min(weakest[doc], value);
          matched[doc]++;
          best[doc] = 0;
        }
      }
    }
    const ranked = this.collect(touched, plans.length, plans.length - slack, query, options);
    for (const doc of touched) {
      sum[doc] = 0;
      matched[doc] = 0;
      seen[doc] = 0;
      weakest[doc] = 0;
    }
    return ranked;
  }

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
  private runFromWhole(plans: readonly Plan[], query: Query, options: RankOptions): RankedDocument[] | undefined {
    const typing = plans.filter((plan) => plan.typing);
    const wholePlans = plans.filter((plan) => !plan.typing);
    if (typing.length > 1 || wholePlans.length === 0 || wholePlans.length > MAX_WHOLE_WORDS) return undefined;
    const key = `${query.needsOnly ? 1 : 0}|${wholePlans.map((plan) => plan.word).join(' ')}`;
    if (this.whole?.key !== key) {
      // Not kept yet: this keystroke is ranked from scratch, and the whole words kept once idle (warm).
      this.pending = () => {
        const slot = (this.slot ??= new Int32Array(this.sum.length).fill(-1));
        if (this.whole) for (const doc of this.whole.docs) slot[doc] = -1;
        this.whole = this.intersect(wholePlans, key, query);
        this.whole.docs.forEach((doc, c) => (slot[doc] = c));
      };
      return undefined;
    }
    const { docs, values, typed, met } = this.whole;
    const slot = this.slot!;
    const m = wholePlans.length;
    const { sum, matched, weakest } = this;
    const current = typing[0];
    // The candidates having the word being typed too, in the order `run` would first meet them.
    let order: Uint32Array | number[] | undefined;
    if (current) {
      const metOrder: number[] = [];
      const { postingStart, postingDoc, postingWeight } = this.data;
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
            metOrder.push(c);
          }
          const value = q * weight;
          if (value > typed[c]) typed[c] = value;
        }
      }
      // The typed word read first (it was the cheapest): its postings' order; else the whole words'.
      if (plans[0] === current) order = metOrder;
      // Else the whole words' order: candidates in turn when many were met, else the few met sorted.
      else if (metOrder.length * 8 < docs.length) order = Uint32Array.from(metOrder).sort();
    }
    const final: number[] = [];
    const count = order ? order.length : docs.length;
    for (let i = 0; i < count; i++) {
      const c = order ? order[i] : i;
      if (current && !(typed[c] > 0)) continue;
      const doc = docs[c];
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
      final.push(doc);
    }
    if (current) {
      typed.fill(0);
      met.fill(0);
    }
    const ranked = this.collect(final, plans.length, plans.length, query, options);
    for (const doc of final) {
      sum[doc] = 0;
      matched[doc] = 0;
      weakest[doc] = 0;
    }
    return ranked;
  }

  /** The documents having every one of these words, in the order `run` first meets them, with each word's value. */
  private intersect(plans: readonly Plan[], key: string, query: Query): Whole {
    const { best, matched, seen } = this;
    const { postingStart, postingDoc, postingWeight } = this.data;
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
    return { key, docs, values, typed: new Float32Array(docs.length), met: new Uint8Array(docs.length) };
  }

  private collect(touched: readonly number[], words: number, need: number, query: Query, options: RankOptions): RankedDocument[] {
    const { initials, phrase, full } = query;
    const initialsValue = (initials.length * INITIAL_QUALITY * FIELD_WEIGHT.name) / full;
    const wanted = initialsMask(initials);
    const digitInitial = initials.some((letter) => letter >= '0' && letter <= '9');
    const { nameInitials, names } = this.data;
    const { sum, matched, weakest } = this;
    const mask = options.categories?.length ? categoryMaskOf(options.categories) : 0;
    const territory = options.territory?.length ? this.flagsFor(options.territory) : undefined;
    const national = this.national();
    const favourites = options.favourites;
    const quality = this.data.quality;
    const nameBonus = query.needsOnly ? 0 : NAME_IS_QUERY;

    const top = new TopK(options.limit);
    for (const doc of touched) {
      if (mask && (this.data.categoryMasks[doc] & mask) === 0) continue;
      if (matched[doc] < need) continue;
      if ((nameInitials[doc] & wanted) !== wanted) continue;
      let score = (sum[doc] + (matched[doc] === words && words > 0 ? weakest[doc] : 0)) / full + initialsValue;
      const recordQuality = RECORD_QUALITY * ((quality?.[doc] ?? 0) / 255);
      // Issue 20: the most this document can reach — the bonuses it can have, not every bonus any
      // document could — so that most candidates of a short word stop here, before their name is read.
      // (The margin covers rounding: a document skipped could never beat the floor.)
      const ceiling = score + nameBonus + (territory?.[doc] ? TERRITORY_BOOST : 0) + (favourites?.[doc] ? FAVOURITE_BOOST : 0) - (national[doc] ? NATIONAL_PENALTY : 0) + recordQuality;
      if (ceiling < top.floor() - 1e-9) continue;
      // The name is read in place (no string made per candidate: thousands for a short word).
      if (digitInitial && !hasInitials(names.at(doc)!, initials)) continue;
      // Need words only (« permis »): a name saying them is no sign (« Permis de construire »).
      if (!query.needsOnly) {
        if (names.equalsAt(doc, phrase)) score += NAME_IS_QUERY;
        else if (names.startsWithAt(doc, phrase)) score += NAME_STARTS_WITH_QUERY;
      }
      if (territory?.[doc]) score += TERRITORY_BOOST;
      if (national[doc]) score -= NATIONAL_PENALTY;
      if (favourites?.[doc]) score += FAVOURITE_BOOST;
      score += recordQuality;
      // Shorter names first among equals: "CCAS de Sète" before "CCAS de Sète – antenne du port".
      top.offer(doc, score - names.lengthAt(doc) * 1e-5);
    }
    // The national penalty orders, it does not judge: a national entry that matches well (« Mission
    // Locale (réseau national) » for « mision locale ») is still a strong match (« Autres résultats »).
    return top.sorted().map(({ doc, value }) => ({ doc, score: Math.min(1, Math.max(0, 1 - (value + (national[doc] ? NATIONAL_PENALTY : 0)) / 1.2)) }));
  }

  /** `last`: the word may still be being typed, so it also stands for the need words it begins. */
  private matches(word: string, last: boolean): Omit<Plan, 'word' | 'typing'> {
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

  /**
   * National entries: located nowhere but « france » (the starter's hotlines and networks).
   * Computed once per index, reading only the values that mention « france ».
   */
  private national(): Uint8Array {
    if (!this.nationalFlags) {
      const flags = new Uint8Array(this.data.places.length);
      // Zone « france » alone, or no place at all: nothing local about it, so a record without an
      // address (another source's « France Travail ») never passes the starter's trusted one for being placeless.
      const { places } = this.data;
      places.flagWord('france', flags);
      for (let doc = 0; doc < flags.length; doc++) {
        if (flags[doc]) flags[doc] = places.at(doc) === 'france' ? 1 : 0;
        else if (places.lengthAt(doc) === 0) flags[doc] = 1;
      }
      this.nationalFlags = flags;
    }
    return this.nationalFlags;
  }

  /** Documents located in the territory or serving it, computed once per territory. */
  private flagsFor(territory: readonly string[]): Uint8Array {
    const key = territory.join(' ');
    if (key !== this.territoryKey) {
      const flags = new Uint8Array(this.data.places.length);
      for (const code of new Set(territory)) this.data.places.flagWord(code, flags);
      this.territoryKey = key;
      this.territoryFlags = flags;
    }
    return this.territoryFlags;
  }
}

/** The k best values, kept in a small min-heap: no sort of thousands of candidates. */
class TopK {
  private readonly heap: Array<{ doc: number; value: number }> = [];
  constructor(private readonly k: number) {}

  offer(doc: number, value: number) {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push({ doc, value });
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent].value <= heap[i].value) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
    } else if (this.k > 0 && value > heap[0].value) {
      heap[0] = { doc, value };
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left].value < heap[smallest].value) smallest = left;
        if (right < heap.length && heap[right].value < heap[smallest].value) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
        i = smallest;
      }
    }
  }

  /** The value a candidate must beat to enter (−∞ until k are kept). */
  floor(): number {
    return this.heap.length < this.k ? -Infinity : this.heap[0].value;
  }

  sorted() {
    return [...this.heap].sort((a, b) => b.value - a.value || a.doc - b.doc);
  }
}
