import { boundedDistance } from '../search/edit-distance';
import { normalizeText } from '../search/normalize';
import { readReferenceQuery } from './question-words';
import type { ReferenceEntry } from './schema';
import { referenceEntries } from './entries';
import { isExactReferenceName, namedReferenceHit } from './search-reference';

/** Above this Fuse score a name is too far from what was typed to be the one meant. */
const NAMED_SCORE = 0.45;

export interface ReferenceSuggestion {
  entry: ReferenceEntry;
  /**
   * Enter opens the entry rather than the first partner: the query asked a question
   * (« qui porte le PLIE ») or named a scheme that is not a structure (CEJ, RSA, FSL). A network's
   * bare name (« mission locale ») still opens the local partner first.
   */
  selected: boolean;
}

/**
 * Whether the words are one of the entry's names with a typo or two (« mision locale »), not a
 * word of it (« logement » is not « Action Logement »).
 */
function isANameMistyped(entry: ReferenceEntry, text: string): boolean {
  return foldedNames(entry).some((folded) => {
    const allowed = Math.floor(folded.length * 0.15);
    return allowed > 0 && boundedDistance(text, folded, allowed) <= allowed;
  });
}

/** Each entry's names, folded once (every keystroke reads them). */
const folded = new WeakMap<ReferenceEntry, string[]>();
function foldedNames(entry: ReferenceEntry): string[] {
  let names = folded.get(entry);
  if (!names) {
    names = [entry.sigle, entry.nom, ...(entry.anciens_noms ?? []), ...(entry.mots_cles ?? [])].filter((name): name is string => Boolean(name)).map(normalizeText);
    folded.set(entry, names);
  }
  return names;
}

/**
 * The reference entry the popup shows above the partners, when the query names a scheme or
 * asks about one; nothing for a partner's name, a place or a person.
 */
export function referenceForQuery(query: string): ReferenceSuggestion | undefined {
  const { words, asked } = readReferenceQuery(query);
  if (words.length === 0) return undefined;
  const text = words.join(' ');
  // Only an entry's name, exact or mistyped, is suggested: when the words are no entry's name
  // within a typo or two (a partner's name, a place, a person), Fuse is not asked at all. The
  // popup's first question of an opening is Fuse's coldest: this keeps it off the open's main thread.
  if (!isExactReferenceName(text) && !referenceEntries().some((entry) => isANameMistyped(entry, text))) return undefined;
  const best = namedReferenceHit(query);
  if (!best) return undefined;
  const names = best.exact || (best.named && best.score <= NAMED_SCORE && isANameMistyped(best.entry, text));
  if (!names) return undefined;
  return { entry: best.entry, selected: asked || (best.entry.reseaux_porteurs ?? []).length === 0 };
}
