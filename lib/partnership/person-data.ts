/**
 * A contact-log note is about the partnership, not about the people oriented: before saving, spot
 * what looks like a person's data so the counsellor can rephrase. Heuristics, tuned to warn
 * rather than miss; the counsellor may confirm and save anyway.
 */

export type PersonDataKind = 'nir' | 'birth-date' | 'phone';

export interface PersonDataFinding {
  kind: PersonDataKind;
  /** The part of the note that raised the warning, as typed. */
  excerpt: string;
}

export interface PersonDataContext {
  /** Phone numbers that belong to the partner (its card, the counsellor's named contacts there). */
  partnerPhones?: readonly (string | null | undefined)[];
  /** Year it is: a full date at least 15 years back reads as a birth date. */
  currentYear: number;
}

// Numéro de sécurité sociale: sex (1/2, 7/8 for temporary numbers), year, month, département
// (2A/2B for Corsica), commune, order number, then an optional two-digit key.
const NIR = /(?<![\d\w])[12378][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AaBb])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?![\d\w])/g;
const PHONE = /(?<![\d\w+])(?:(?:\+|00)33[\s.-]?(?:\(0\))?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/g;
const BIRTH_WORDS = /\b(?:née?s?\s+(?:le|en)\b|date\s+de\s+naissance|naissance|ddn)\b/gi;
const FULL_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** `+33 4 67…`, `04.67…` -> `0467…`, so the same number typed two ways compares equal. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0033')) return `0${digits.slice(4)}`;
  if (digits.startsWith('33') && digits.length === 11) return `0${digits.slice(2)}`;
  return digits;
}

export function personDataIn(note: string, context: PersonDataContext): PersonDataFinding[] {
  const findings: PersonDataFinding[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const record = (kind: PersonDataKind, match: RegExpMatchArray) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    findings.push({ kind, excerpt: match[0].trim() });
  };

  for (const match of note.matchAll(NIR)) record('nir', match);
  const known = new Set((context.partnerPhones ?? []).filter((p): p is string => Boolean(p)).map(phoneDigits));
  for (const match of note.matchAll(PHONE)) {
    if (!known.has(phoneDigits(match[0]))) record('phone', match);
  }
  for (const match of note.matchAll(BIRTH_WORDS)) record('birth-date', match);
  for (const match of note.matchAll(FULL_DATE)) {
    const year = Number(match[3] ?? match[4]);
    if (year >= 1900 && year <= context.currentYear - 15) record('birth-date', match);
  }
  return findings;
}
