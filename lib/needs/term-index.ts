import type { NeedLexiconEntry } from '../taxonomy/need-lexicon';
import { tokenize, type Token } from './tokenize';

/** One written form of a term, compiled to the token keys it matches. */
export interface CompiledTerm {
  /** Stems (or folded capitals for case-sensitive acronyms), one per word. */
  keys: string[];
  /** Which of those words are articles/small prepositions (interchangeable). */
  stop: boolean[];
  /** A term with two content words may drop its articles ("garde enfant" ~ "garde d'enfant"). */
  optionalStops: boolean;
  caseSensitive: boolean;
  /** The lexicon entries this form belongs to; empty for neutral phrases ("Pôle emploi"). */
  entries: NeedLexiconEntry[];
}

export interface TermIndex {
  /** First word's key -> terms starting with it; case-sensitive terms are keyed `^FOLDED`. */
  byFirstKey: Map<string, CompiledTerm[]>;
}

/** "à la rue" is also typed "a la rue": terms starting with either are found from both. */
export function firstKey(key: string): string {
  return key === 'à' ? 'a' : key;
}

const NO_CLAUSE_WORDS: ReadonlySet<string> = new Set();

/** Adds terms one at a time, so a page can build the index between its own tasks. */
export function termIndexBuilder(stopwords: ReadonlySet<string>) {
  const byForm = new Map<string, CompiledTerm>();
  return {
    add(term: string, entry: NeedLexiconEntry | undefined): void {
      const caseSensitive = entry?.caseSensitive ?? false;
      const words = tokenize(term, NO_CLAUSE_WORDS);
      if (words.length === 0) return;
      const keys = words.map((w) => (caseSensitive ? w.folded : w.stem));
      const formKey = (caseSensitive ? '^' : '') + keys.join(' ');
      let compiled = byForm.get(formKey);
      if (!compiled) {
        const stop = words.map((w) => stopwords.has(w.folded));
        compiled = { keys, stop, optionalStops: stop.filter((s) => !s).length >= 2, caseSensitive, entries: [] };
        byForm.set(formKey, compiled);
      }
      if (entry && !compiled.entries.includes(entry)) compiled.entries.push(entry);
    },
    finish(): TermIndex {
      const byFirstKey = new Map<string, CompiledTerm[]>();
      for (const term of byForm.values()) {
        const key = (term.caseSensitive ? '^' : '') + firstKey(term.keys[0]);
        const list = byFirstKey.get(key) ?? [];
        list.push(term);
        byFirstKey.set(key, list);
      }
      return { byFirstKey };
    },
  };
}

export function buildTermIndex(entries: readonly NeedLexiconEntry[], neutral: readonly string[], stopwords: ReadonlySet<string>): TermIndex {
  const builder = termIndexBuilder(stopwords);
  for (const entry of entries) for (const term of entry.terms) builder.add(term, entry);
  for (const phrase of neutral) builder.add(phrase, undefined);
  return builder.finish();
}

/** The same index built a slice at a time, `pause()` between slices (no long task in a page). */
export async function buildTermIndexSliced(
  entries: readonly NeedLexiconEntry[],
  neutral: readonly string[],
  stopwords: ReadonlySet<string>,
  pause: () => Promise<void>,
  now: () => number,
  sliceMs = 8,
): Promise<TermIndex> {
  const builder = termIndexBuilder(stopwords);
  let start = now();
  const step = async () => {
    if (now() - start > sliceMs) {
      await pause();
      start = now();
    }
  };
  for (const entry of entries) {
    for (const term of entry.terms) builder.add(term, entry);
    await step();
  }
  for (const phrase of neutral) {
    builder.add(phrase, undefined);
    await step();
  }
  return builder.finish();
}

export interface TermMatch {
  term: CompiledTerm;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** Negations or limiters written inside the term ("ne parle PAS français"). */
  inner: string[];
}

const MAX_SKIPPED = 3;

/**
 * Tries `term` at token `first`. Articles in the text may be skipped between content words, and
 * modifiers ("pas", "peu", "mal") are skipped and kept as cues; punctuation is never crossed.
 */
export function matchTermAt(
  tokens: readonly Token[],
  first: number,
  term: CompiledTerm,
  stopwords: ReadonlySet<string>,
  modifiers: ReadonlySet<string>,
): TermMatch | undefined {
  let j = first;
  const inner: string[] = [];
  for (let k = 0; k < term.keys.length; k++) {
    if (k > 0) {
      let skipped = 0;
      while (
        !term.stop[k] &&
        j < tokens.length &&
        skipped < MAX_SKIPPED &&
        !tokens[j].punctBefore &&
        tokens[j].stem !== term.keys[k] &&
        (stopwords.has(tokens[j].folded) || modifiers.has(tokens[j].folded) || /^[0-9]+$/.test(tokens[j].folded))
      ) {
        if (modifiers.has(tokens[j].folded)) inner.push(tokens[j].folded);
        j++;
        skipped++;
      }
    }
    const token = tokens[j];
    if (!token || (k > 0 && token.punctBefore)) {
      if (term.stop[k] && term.optionalStops) continue;
      return undefined;
    }
    if (term.stop[k]) {
      if (stopwords.has(token.folded)) j++;
      else if (!term.optionalStops) return undefined;
      continue;
    }
    const key = term.caseSensitive ? (token.upper ? token.folded : undefined) : token.stem;
    if (key !== term.keys[k]) return undefined;
    j++;
  }
  return { term, first, last: j - 1, inner };
}
