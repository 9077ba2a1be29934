/**
 * One pass over the text that yields folded word tokens with their offsets in the original text,
 * and where clauses and sentences break. Folding (case, accents, œ/æ) is done per character from
 * a table built once, so a 20,000-character note costs a fraction of a millisecond and offsets
 * stay exact for the evidence shown to the counsellor.
 */
export interface Token {
  /** Folded form: lower case, no accents, œ -> oe. */
  folded: string;
  /** Folded form with plural/feminine endings stripped (see `stem`). */
  stem: string;
  start: number;
  end: number;
  /** Written in capitals in the original (an acronym: "PASS" is not "pas"). */
  upper: boolean;
  /** A clause starts at this token (punctuation or a conjunction such as "mais" before it). */
  clauseStart: boolean;
  /** Punctuation stands between this token and the previous one: a term cannot span it. */
  punctBefore: boolean;
  /** Index of the sentence (or form line) this token belongs to. */
  sentence: number;
  /** A colon follows this token ("Logement : RAS"). */
  colonAfter: boolean;
}

const SPECIAL_FOLDS: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** Folded form of each UTF-16 code unit below 0x250; '' for separators. */
const FOLD_TABLE: string[] = (() => {
  const table: string[] = [];
  for (let code = 0; code < 0x250; code++) {
    const char = String.fromCharCode(code);
    const folded = SPECIAL_FOLDS[char] ?? char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    table.push(/^[a-z0-9]+$/.test(folded) ? folded : '');
  }
  return table;
})();

const LETTER = /\p{L}|\p{N}/u;

/** Folded form of one character ('' when it separates words). */
function foldChar(char: string, code: number): string {
  if (code < 0x250) return FOLD_TABLE[code];
  return LETTER.test(char) ? char.toLowerCase() : '';
}

/** Crude French stemming: plural (-s, -x) then feminine/verbal -e endings, on words of 4+ letters. */
export function stem(folded: string): string {
  let word = folded;
  if (word.length >= 4 && (word.endsWith('s') || word.endsWith('x'))) word = word.slice(0, -1);
  while (word.length >= 4 && word.endsWith('e')) word = word.slice(0, -1);
  return word;
}

const SENTENCE_BREAKS = new Set(['.', '!', '?', ';', '\n', '\r', '•', '·']);
const CLAUSE_BREAKS = new Set([',', ':', '(', ')', '[', ']', '"', '«', '»', '–', '—']);

export function tokenize(text: string, clauseWords: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clauseBreak = true;
  let word = '';
  let start = -1;
  let lowerSeen = false;
  let capitals = 0;

  const flush = (end: number) => {
    if (!word) return;
    // "à" (preposition) and "a" (has) fold alike but mean different things to the cues.
    if (word === 'a' && end - start === 1 && text[start] !== 'a' && text[start] !== 'A') word = 'à';
    tokens.push({
      folded: word,
      stem: stem(word),
      start,
      end,
      upper: !lowerSeen && capitals >= 2,
      clauseStart: clauseBreak || clauseWords.has(word),
      punctBefore: clauseBreak,
      sentence,
      colonAfter: false,
    });
    word = '';
    clauseBreak = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const folded = foldChar(char, text.charCodeAt(i));
    if (folded) {
      if (!word) {
        start = i;
        lowerSeen = false;
        capitals = 0;
      }
      word += folded;
      if (char !== char.toLowerCase()) capitals++;
      else if (char !== char.toUpperCase()) lowerSeen = true;
      continue;
    }
    flush(i);
    if (SENTENCE_BREAKS.has(char)) {
      // A decimal point ("3.5") does not end a sentence.
      if (char !== '.' || !/[0-9]/.test(text[i + 1] ?? '')) {
        sentence++;
        clauseBreak = true;
      }
    } else if (CLAUSE_BREAKS.has(char)) {
      clauseBreak = true;
      if (char === ':' && tokens.length > 0) tokens[tokens.length - 1].colonAfter = true;
    } else if (char === '-' && (text[i - 1] === ' ' || text[i + 1] === ' ')) {
      clauseBreak = true;
    }
  }
  flush(text.length);
  return tokens;
}
