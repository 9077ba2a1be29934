import { memoizeByText } from '../memo';
import { categoryOfThematique, displayLabel, labelOf } from '../taxonomy';
import { needsNamedBy } from './need-words';
import { recallNamedNeeds } from './named-needs';
import { queryWords, wordsOf } from './normalize';
import { matchTerm } from './term-matcher';

export interface MatchContext {
  /** The words typed in the box ('' when the list shows the partners for the needs). */
  query: string;
  /** The needs (data·inclusion categories) the list was asked for: the needs panel. */
  categories?: readonly string[];
}

/** The words of a need's label, split once (every row of a list asks for the same few labels). */
const labelWords = memoizeByText(wordsOf);
const wordsOfLabel = (kind: 'thematique' | 'categorie', code: string) => labelWords(labelOf(kind, code));

/** A typed word names a word of the text: same word, or the start of one (still being typed). */
const names = (typed: string, words: readonly string[]) => words.some((word) => word === typed || (typed.length >= 3 && word.startsWith(typed)));

/**
 * Why a partner is in the list, in the counsellor's words (and language: the labels are shown
 * through displayLabel, matched on the official French ones): the needs of the panel it serves
 * (« Mobilité, Logement et hébergement »), or the thematique a typed word named (« dettes » ->
 * « Surendettement »). Nothing when its name answered the query: the name already says it.
 */
export function matchReasons(name: string, thematiques: readonly string[], context: MatchContext): string[] {
  const served = new Set(thematiques.map(categoryOfThematique));
  const words = queryWords(context.query);
  if (words.length === 0) {
    return (context.categories ?? []).filter((category) => served.has(category)).map((category) => displayLabel('categorie', category));
  }
  // The name answered, typos tolerated as the search does (« mision locale »).
  const nameWords = [...new Set(wordsOf(name))].sort();
  if (words.every((word) => matchTerm(nameWords, word).terms.length > 0)) return [];
  const reasons = new Set<string>();
  const last = words.length - 1;
  for (const [position, word] of words.entries()) {
    // A word the name holds is answered by the name (« française » in « Croix-Rouge française »).
    if (matchTerm(nameWords, word).terms.length > 0) continue;
    // Only the last word may still be being typed: « cours » in « cours de français » is not « courses ».
    const prefix = position === last;
    // What the search worker said the word names, or the page's own lexicon (its own index).
    const named = recallNamedNeeds(word, prefix) ?? needsNamedBy(word, { prefix });
    const says = (labelWords: readonly string[]) => (prefix ? names(word, labelWords) : labelWords.includes(word));
    const theme = thematiques.find((th) => named.has(th) || says(wordsOfLabel('thematique', th)));
    if (theme) {
      reasons.add(displayLabel('thematique', theme));
      continue;
    }
    const category = [...served].find((c) => named.has(c) || says(wordsOfLabel('categorie', c)));
    if (category) reasons.add(displayLabel('categorie', category));
  }
  return [...reasons].slice(0, 2);
}
