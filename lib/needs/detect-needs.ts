import { NEED_LEXICON, type NeedLexiconEntry } from '../taxonomy/need-lexicon';
import { CLAUSE_WORDS, INNER_MODIFIERS, NEUTRAL_PHRASES, STOPWORDS } from './cues';
import { readMatch, type Reading } from './read-match';
import { buildTermIndex, buildTermIndexSliced, firstKey, matchTermAt, type TermIndex, type TermMatch } from './term-index';
import { tokenize, type Token } from './tokenize';

export interface DetectedNeed {
  /** data·inclusion v1 category value. */
  category: string;
  /** data·inclusion v1 thematique value, when the words are specific enough. */
  thematique?: string;
  /** The words of the text that show the need, as written. */
  evidence: string;
}

const fold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
// "à" keeps its accent in tokens (see tokenize.ts), so it is added as written.
const STOPWORD_SET: ReadonlySet<string> = new Set([...STOPWORDS.map(fold), 'à']);
const MODIFIER_SET: ReadonlySet<string> = new Set(INNER_MODIFIERS.map(fold));
const CLAUSE_WORD_SET: ReadonlySet<string> = new Set(CLAUSE_WORDS.map(fold));

let defaultIndex: TermIndex | undefined;

/** Built on first use, not at import: pages that never detect needs pay nothing. */
function lexiconIndex(): TermIndex {
  defaultIndex ??= buildTermIndex(NEED_LEXICON, NEUTRAL_PHRASES, STOPWORD_SET);
  return defaultIndex;
}

/**
 * Builds the lexicon index ahead of the first detection, a slice at a time (the case-file
 * content script: the host page never sees the whole build as one long task).
 */
export async function prepareLexicon(pause: () => Promise<void>, now: () => number): Promise<void> {
  if (defaultIndex) return;
  const built = await buildTermIndexSliced(NEED_LEXICON, NEUTRAL_PHRASES, STOPWORD_SET, pause, now);
  defaultIndex ??= built;
}

/** Longest term starting at each position; matched words are consumed. */
function findTerms(tokens: readonly Token[], index: TermIndex): TermMatch[] {
  const matches: TermMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    const candidates = index.byFirstKey.get(firstKey(token.stem));
    const acronyms = token.upper ? index.byFirstKey.get('^' + token.folded) : undefined;
    let best: TermMatch | undefined;
    for (const list of [candidates, acronyms]) {
      if (!list) continue;
      for (const term of list) {
        const match = matchTermAt(tokens, i, term, STOPWORD_SET, MODIFIER_SET);
        if (match && (!best || match.last > best.last)) best = match;
      }
    }
    if (best) {
      matches.push(best);
      i = best.last + 1;
    } else i++;
  }
  return matches;
}

interface Mention {
  entry: NeedLexiconEntry;
  reading: Reading;
  evidence: string;
  position: number;
}

/**
 * Recognises data·inclusion needs in French free text as counsellors write it: acronyms, everyday
 * words, inflections, missing accents, and negation the way they mean it ("n'a pas le permis" is
 * a mobility need, "pas de problème de santé" is not a health need).
 * Pure and synchronous; the text is only read, never kept.
 */
export function detectNeeds(text: string, index: TermIndex = lexiconIndex()): DetectedNeed[] {
  const tokens = tokenize(text, CLAUSE_WORD_SET);
  // category -> sentence -> mentions in that sentence
  const byCategory = new Map<string, Map<number, Mention[]>>();
  for (const match of findTerms(tokens, index)) {
    if (match.term.entries.length === 0) continue;
    const read = readMatch(tokens, match);
    const evidence = text.slice(tokens[match.first].start, tokens[match.last].end);
    const sentence = tokens[match.first].sentence;
    for (const entry of match.term.entries) {
      const reading = read(entry.kind ?? 'problem');
      const sentences = byCategory.get(entry.category) ?? new Map<number, Mention[]>();
      byCategory.set(entry.category, sentences);
      const list = sentences.get(sentence) ?? [];
      list.push({ entry, reading, evidence, position: tokens[match.first].start });
      sentences.set(sentence, list);
    }
  }

  const found: Array<DetectedNeed & { position: number }> = [];
  for (const [category, sentences] of byCategory) {
    const shown: Mention[] = [];
    for (const mentions of sentences.values()) {
      const strong = mentions.filter((m) => m.reading === 'strong');
      const resolved = mentions.some((m) => m.reading === 'resolved');
      shown.push(...(resolved ? strong : mentions.filter((m) => m.reading !== 'resolved')));
    }
    if (shown.length === 0) continue;
    shown.sort((a, b) => a.position - b.position);
    const themes = new Map<string | undefined, Mention>();
    for (const mention of shown) if (!themes.has(mention.entry.thematique)) themes.set(mention.entry.thematique, mention);
    if (themes.size > 1) themes.delete(undefined);
    for (const [thematique, mention] of themes) {
      found.push({ category, ...(thematique ? { thematique } : {}), evidence: mention.evidence, position: mention.position });
    }
  }
  return found.sort((a, b) => a.position - b.position).map(({ position: _, ...need }) => need);
}

/** The distinct categories of detected needs, in order of first appearance. */
export function needCategories(needs: readonly DetectedNeed[]): string[] {
  return [...new Set(needs.map((n) => n.category))];
}
