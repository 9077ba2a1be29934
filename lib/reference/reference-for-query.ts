import { boundedDistance } from '../search/edit-distance';
import { normalizeText } from '../search/normalize';
import { readReferenceQuery } from './question-words';
import type { ReferenceEntry } from './schema';
import { namedReferenceHit } from './search-reference';

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
  const names = [entry.sigle, entry.nom, ...(entry.anciens_noms ?? []), ...(entry.mots_cles ?? [])];
  return names.some((name) => {
    if (!name) return false;
    const folded = normalizeText(name);
    const allowed = Math.floor(folded.length * 0.15);
    return allowed > 0 && boundedDistance(text, folded, allowed) <= allowed;
  });
}

/**
 * The reference entry the popup shows above the partners, when the query names a scheme or
 * asks about one; nothing for a partner's name, a place or a person.
 */
export function referenceForQuery(query: string): ReferenceSuggestion | undefined {
  const { words, asked } = readReferenceQuery(query);
  if (words.length === 0) return undefined;
  const best = namedReferenceHit(query);
  if (!best) return undefined;
  const text = words.join(' ');
  const names = best.exact || (best.named && best.score <= NAMED_SCORE && isANameMistyped(best.entry, text));
  if (!names) return undefined;
  return { entry: best.entry, selected: asked || (best.entry.reseaux_porteurs ?? []).length === 0 };
}
