const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Abbreviations folded to the word they stand for, in data and queries alike. */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints' };

/**
 * Folds text for matching: lower case, no accents, ligatures spelt out (œ -> oe, which
 * String.normalize does not do), "&" as "et", "st"/"ste" as "saint"/"sainte", apostrophes,
 * hyphens and punctuation as spaces. Applied once to the data at index time and once to each query.
 */
export function normalizeText(value: string): string {
  // « C.C.A.S. » is the acronym « CCAS », not four one-letter words.
  const text = value.includes('.') ? value.replace(/\b(?:[A-Za-z]\.){2,}/g, (dotted) => dotted.replace(/\./g, '')) : value;
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' et ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(sts?|ste)\b/g, (word) => ABBREVIATIONS[word]);
}

/**
 * Words that carry no meaning on their own ("Restos du Cœur", "Mission Locale de Lunel"): not
 * indexed, and optional in a query, so "mission locale de lunel" and "mission locale lunel" agree.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a au aux d de des du en et l la le les un une sur sous pour par avec chez dans ou'.split(' '),
);

/** Meaningful words of a text, folded. */
export function wordsOf(value: string | null | undefined): string[] {
  if (!value) return [];
  const words = normalizeText(value).split(' ');
  return words.filter((word) => word && !STOP_WORDS.has(word));
}

/** A phone number as one token of digits, national form ("+33 4 67…" -> "0467…"). */
export function phoneToken(phone: string | null | undefined): string | undefined {
  if (!phone) return undefined;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('33') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return digits.length >= 3 ? digits : undefined;
}

/**
 * The words of a query. Runs of short digit groups are joined, so "04 67 74" or "04.67.74"
 * (a phone typed as written) is searched as the phone token "046774".
 */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  let digits = '';
  const flush = () => {
    if (digits) words.push(digits.startsWith('33') && digits.length >= 11 ? `0${digits.slice(2)}` : digits);
    digits = '';
  };
  for (const word of normalizeText(query).split(' ')) {
    if (!word) continue;
    if (/^\d{1,2}$/.test(word) || (digits && /^\d+$/.test(word) && word.length <= 2)) {
      digits += word;
      continue;
    }
    flush();
    words.push(word);
  }
  flush();
  return words;
}
