const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Folds text for matching: lower case, no accents, ligatures spelt out (œ -> oe, which
 * String.normalize does not do), apostrophes, hyphens and punctuation as spaces.
 * Applied once to the data at index time and once to each query.
 */
export function normalizeText(value: string): string {
  return value
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
