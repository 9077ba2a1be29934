/**
 * What each typed word names through the need lexicon (« dettes » -> surendettement), as the
 * search worker said along with its hits (issue 20). The worker holds the lexicon's words
 * already; a page that gets its rows from the worker reads their reasons from here instead of
 * building the same words itself, a 20–90 ms task on the popup's first open. This module is
 * small on purpose: it sits on the popup's first load, the lexicon does not.
 */

/** `p:` a word still being typed (the last one, read as a prefix), `w:` a whole word. */
export type NamedNeeds = Record<string, string[]>;

export const namedNeedsKey = (word: string, prefix: boolean) => `${prefix ? 'p' : 'w'}:${word}`;

const LIMIT = 500;
const known = new Map<string, ReadonlySet<string>>();

/** Keeps what the worker said (only lists of texts; anything else is left out). */
export function rememberNamedNeeds(named: unknown): void {
  if (typeof named !== 'object' || named === null) return;
  for (const [key, needs] of Object.entries(named)) {
    if (!/^[pw]:/.test(key) || !Array.isArray(needs) || !needs.every((need) => typeof need === 'string')) continue;
    if (known.size >= LIMIT) known.clear();
    known.set(key, new Set(needs));
  }
}

/** The needs this typed word names, when the worker said so; undefined otherwise. */
export function recallNamedNeeds(word: string, prefix: boolean): ReadonlySet<string> | undefined {
  return known.get(namedNeedsKey(word, prefix));
}
