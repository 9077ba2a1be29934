/** A hit this good (0 perfect, 1 none) or better is a strong match. */
export const STRONG_SCORE = 0.45;
/** …as long as it is within this much of the best hit. */
export const STRONG_SPREAD = 0.2;

/**
 * Where the weaker matches start in a best-first list of scores (« Autres résultats »), or -1
 * when there is no such break: no strong match, or nothing weaker after the strong ones.
 * « mision locale » gives the Missions Locales, then PLIE, Agefiph, France Travail… as others.
 */
export function weakerFrom(scores: readonly number[]): number {
  if (scores.length === 0 || scores[0] > STRONG_SCORE) return -1;
  const limit = Math.min(STRONG_SCORE, scores[0] + STRONG_SPREAD);
  const first = scores.findIndex((score) => score > limit + 1e-9);
  return first;
}
