import { LIVING_TERMS } from './need-terms/living';
import { HEALTH_RIGHTS_TERMS } from './need-terms/health-rights';
import { SKILLS_TERMS } from './need-terms/skills';
import { WORK_TERMS } from './need-terms/work';

/**
 * How negation and possession change what a need word means (read by `lib/needs`):
 * - `problem` (default): the word names a difficulty — "dettes" is a need, "pas de dettes" is not.
 * - `resource`: the word names something the person may lack — "pas de permis" and "permis" alone
 *   are needs, "a le permis" / "titulaire du permis" is not.
 * - `state`: the word names a good state — "véhiculé" is not a need, "non véhiculé" is.
 */
export type NeedTermKind = 'problem' | 'resource' | 'state';

/**
 * Everyday French words for needs, as counsellors write and type them, mapped to data·inclusion
 * categories (and thematiques when the word is specific). One place, shared by `lib/needs`
 * (recognising needs in text) and `lib/search` (a need typed in the search box).
 * Terms are written naturally; consumers fold case and accents themselves.
 */
export interface NeedLexiconEntry {
  /** Words or phrases that signal the need. */
  terms: readonly string[];
  /** data·inclusion v1 category value. */
  category: string;
  /** data·inclusion v1 thematique value, when the words are specific enough. */
  thematique?: string;
  /** See NeedTermKind; `problem` when absent. */
  kind?: NeedTermKind;
  /** Acronyms that are also everyday words ("PASS" / "pas"): matched only when written in capitals. */
  caseSensitive?: boolean;
}

export const NEED_LEXICON: readonly NeedLexiconEntry[] = [...LIVING_TERMS, ...HEALTH_RIGHTS_TERMS, ...SKILLS_TERMS, ...WORK_TERMS];
