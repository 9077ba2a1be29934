import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * Follow-up data is about the partnership, not about the people oriented: every way into it (the
 * card's contact form, the team's spreadsheet, a restored backup) runs this one check, so the
 * counsellor can rephrase (the form) or the line is held back (imports) unless confirmed.
 * Tuned to warn rather than miss, with no alarm on what belongs to the partner (its numbers, its
 * address, its domain) nor on dates of conventions and meetings.
 *
 * Phone numbers are found by libphonenumber-js (Google's metadata, every country's plans and
 * spellings, kept up to date), IBANs checked by ibantools (country lengths and check digits);
 * the NIR, dates, addresses and case-file numbers are French patterns written here.
 */

export type PersonDataKind = 'nir' | 'birth-date' | 'phone' | 'email' | 'address' | 'iban' | 'file-number';

export interface PersonDataFinding {
  kind: PersonDataKind;
  /** The part of the note that raised the warning, as typed. */
  excerpt: string;
}

export interface PersonDataContext {
  /** Phone numbers that belong to the partner (its card, the counsellor's named contacts there). */
  partnerPhones?: readonly (string | null | undefined)[];
  /** The partner's e-mail addresses and site: an address at its own domain is a colleague's. */
  partnerEmails?: readonly (string | null | undefined)[];
  partnerSites?: readonly (string | null | undefined)[];
  /** The partner's street addresses (« 12 rue de la Paix »). */
  partnerAddresses?: readonly (string | null | undefined)[];
  /** Year it is: dates are read against it (« 85 » is 1985, a date 14 to 100 years back may be a birth). */
  currentYear: number;
}

/** What a partner record brings to the check: its own numbers, e-mails, site and address. */
export interface PartnerLike {
  telephone?: string | null;
  courriel?: string | null;
  site_web?: string | null;
  adresse?: string | null;
  services?: readonly { telephone?: string | null; courriel?: string | null }[];
}

/** The context for one partner: its record(s) and the counsellor's named contacts there. */
export function partnerContext(
  partners: readonly PartnerLike[],
  contacts: readonly { phone?: string | null; email?: string | null }[],
  currentYear: number,
): PersonDataContext {
  return {
    partnerPhones: [...partners.flatMap((p) => [p.telephone, ...(p.services ?? []).map((s) => s.telephone)]), ...contacts.map((c) => c.phone)],
    partnerEmails: [...partners.flatMap((p) => [p.courriel, ...(p.services ?? []).map((s) => s.courriel)]), ...contacts.map((c) => c.email)],
    partnerSites: partners.map((p) => p.site_web),
    partnerAddresses: partners.map((p) => p.adresse),
    currentYear,
  };
}

// Accent-aware word edges (JavaScript's \b only knows ASCII letters).
const L = '\\p{L}';
const SEP = '[\\s.\\-]{0,3}';

// Numéro de sécurité sociale: sex (1/2, 7/8 for temporary numbers), year, month (20+ for
// unknown), département (2A/2B for Corsica), commune, order, then an optional key; typed with
// spaces (one or more), dots or hyphens.
const NIR = new RegExp(
  `(?<![${L}\\d])([12378])${SEP}(\\d{2})${SEP}(0[1-9]|1[0-2]|[2-9]\\d)${SEP}(\\d{2}|2[AaBb])${SEP}(\\d{3})${SEP}(\\d{3})(?:${SEP}(\\d{2}))?(?![${L}\\d])`,
  'gu',
);

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
};
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-]?\d)/g;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const WORD_DATE = new RegExp(
  `(?<![${L}\\d])(1er|\\d{1,2})\\s+(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?)\\s+(\\d{4}|\\d{2})(?!\\d)`,
  'giu',
);
const BIRTH_WORDS = new RegExp(`(?<![${L}])(?:n[ée]e?s?\\s+(?:le|en)(?:\\s+\\d{4}(?!\\d))?|date\\s+de\\s+naissance|naissance|ddn)(?![${L}])`, 'giu');
/** Words before a date that make it an event of the partnership, not a birth. */
const EVENT_BEFORE = new RegExp(
  `(?<![${L}])(?:convention|sign[ée]e?s?|signature|avenant|accord|agr[ée]ment|depuis|cr[ée]{2}e?s?|cr[ée]ation|fond[ée]e?s?|ouvert(?:e|ure)?|comit[ée]|r[ée]union|rencontre|bilan|arr[êe]t[ée]|d[ée]cret|loi|d[ée]lib[ée]ration|contrat|partenariat|d[ée]but|fin|[ée]ch[ée]ance|renouvel[ée]e?|reconduite?|valable|jusqu)(?![${L}])[^.;\\n]{0,30}$`,
  'iu',
);
const BIRTH_BEFORE = /(?<!\p{L})(?:n[ée]e?s?\s+le|naissance|ddn)(?!\p{L})[^.;\n]{0,20}$/iu;

const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+(?:@|\s?[([]at[)\]]\s?|\s+arobase\s+)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/giu;
const CONSUMER_MAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|orange|wanadoo|free|sfr|neuf|laposte|bbox|numericable|icloud|me|aol|proton(?:mail)?|gmx|club-internet|aliceadsl|voila|caramail)\./i;
const ROLE_MAIL = /^(?:contact|accueil|info|infos|secretariat|direction|rh|administration|standard|bonjour|hello|mairie|ccas|ml|mission\.?locale|agence|antenne|service|communication|formation|insertion|emploi|partenariat|partenaires)(?:[.\-_]|$)/i;

const STREET_TYPES =
  'rue|avenue|av\\.|bd|boulevard|all[ée]e|impasse|imp\\.|place|pl\\.|chemin|ch\\.|route|rte|quai|cours|square|r[ée]sidence|r[ée]s\\.|lotissement|lot\\.|cit[ée]|hameau|lieu-dit|voie|passage|sentier|faubourg|fbg|rond-point|esplanade|promenade|parvis|clos|domaine|mont[ée]e|villa|chauss[ée]e|venelle|traverse';
const STREET = new RegExp(
  `(?<![${L}\\d])(\\d{1,4})(?:\\s?(?:bis|ter|b|t)(?![${L}]))?,?\\s+(?:${STREET_TYPES})(?![${L}])[^,;\\n()]{1,50}(?:,?\\s*\\d{5}(?:\\s+[${L}][${L}\\s'’-]{1,40})?)?|(?<![${L}])(?:b[âa]t(?:iment)?\\.?|appt?\\.?|appartement|escalier|esc\\.)\\s*(?:\\d{1,4}|[A-Z])(?![${L}\\d])`,
  'giu',
);
/** Words before an address that make it a place of the partnership (its premises, a meeting). */
const PLACE_BEFORE = new RegExp(
  `(?<![${L}])(?:r[ée]union|rencontre|locaux|si[èe]ge|permanences?|antenne|agence|salle|bureaux?|mairie|accueil|d[ée]m[ée]nag[ée]e?s?|install[ée]e?s?|structure|partenaire|forum|atelier|comit[ée])(?![${L}])[^.;\\n]{0,40}$`,
  'iu',
);
const PERSON_BEFORE = new RegExp(`(?<![${L}])(?:habite|domicili[ée]e?|demeurant|r[ée]side|h[ée]berg[ée]e?|vit|chez|adresse\\s+(?:de|du|personnelle))(?![${L}])[^.;\\n]{0,30}$`, 'iu');

/** A switchboard, a reception desk, a free number: the structure's, not a person's. */
const SWITCHBOARD_BEFORE = new RegExp(
  `(?<![${L}])(?:standard|accueil|secr[ée]tariat|num[ée]ro\\s+vert|ligne\\s+(?:directe|g[ée]n[ée]rale)|permanence|agence|antenne|mairie|si[èe]ge|structure|service\\s+client)(?![${L}])[^.;\\n\\d]{0,25}$`,
  'iu',
);

const IBAN = /(?<![A-Z\d])[A-Z]{2}\d{2}(?:[ -]?[A-Z\d]{4}){2,7}(?:[ -]?[A-Z\d]{1,3})?(?![A-Z\d])/g;
const IBAN_WORD = /(?:iban|rib)\W{0,5}$/i;

/** CAF allocataire, MSA, France Travail identifier: a 6–8 digit number named by its body. */
const FILE_NUMBER = new RegExp(
  `(?<![${L}])(?:caf|allocataire|alloc\\.|msa|france\\s+travail|p[ôo]le\\s+emploi|identifiant|n°\\s*(?:de\\s+)?dossier|num[ée]ro\\s+(?:de\\s+)?dossier)(?![${L}])[^\\d\\n.;]{0,25}(\\d{6,8}\\s?[A-Z]?)(?![\\d${L}])`,
  'giu',
);

/** `+33 4 67…`, `04.67…` -> `0467…`, so the same number typed two ways compares equal. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0033')) return `0${digits.slice(4)}`;
  if (digits.startsWith('33') && digits.length === 11) return `0${digits.slice(2)}`;
  return digits;
}

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Two-digit years read as a birth would be: « 85 » is 1985, « 04 » is 2004 (in 2026). */
function fullYear(year: string, currentYear: number): number {
  if (year.length === 4) return Number(year);
  const yy = Number(year);
  return yy > currentYear % 100 ? 1900 + yy : 2000 + yy;
}

function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function domainOf(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  if (at >= 0) return value.slice(at + 1).trim().toLowerCase().replace(/^www\./, '');
  try {
    return new URL(/^https?:/i.test(value) ? value : `https://${value}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** `12 rue de la Paix` -> `12 rue paix`: the number and the street's main words. */
function streetKey(text: string): string {
  const words = plain(text).replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter((w) => w && !/^(de|du|des|la|le|les|l|d|bis|ter)$/.test(w));
  const number = words.findIndex((w) => /^\d+$/.test(w));
  return number >= 0 ? words.slice(number, number + 4).join(' ') : '';
}

/** Numbers in `06/12/34/56/78` written with slashes, as spaces (same length: positions stay). */
function phoneView(text: string): string {
  return text.replace(/(?<!\d)\d{2}(?:\/\d{2}){4}(?!\d)/g, (run) => run.replace(/\//g, ' '));
}

export function personDataIn(note: string, context: PersonDataContext): PersonDataFinding[] {
  const found: (PersonDataFinding & { at: number })[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const record = (kind: PersonDataKind, start: number, end: number) => {
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    found.push({ kind, excerpt: note.slice(start, end).trim(), at: start });
  };
  const before = (index: number) => note.slice(Math.max(0, index - 60), index);

  // IBAN first: its digits would otherwise read as other numbers.
  const upper = note.toUpperCase();
  for (const match of upper.matchAll(IBAN)) {
    const start = match.index ?? 0;
    let candidate = match[0];
    while (candidate.length >= 15 && !isValidIBAN(electronicFormatIBAN(candidate) ?? '')) candidate = candidate.replace(/[ -]?[A-Z\d]{1,4}$/, '');
    if (candidate.length >= 15) record('iban', start, start + candidate.length);
    else if (IBAN_WORD.test(before(start))) record('iban', start, start + match[0].length);
  }

  for (const match of note.matchAll(NIR)) {
    const start = match.index ?? 0;
    record('nir', start, start + match[0].length);
  }

  for (const match of note.matchAll(FILE_NUMBER)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    record('file-number', start, start + match[1].length);
  }

  const knownMails = new Set((context.partnerEmails ?? []).filter((m): m is string => Boolean(m)).map((m) => m.trim().toLowerCase()));
  const domains = new Set([...(context.partnerEmails ?? []), ...(context.partnerSites ?? [])].filter((v): v is string => Boolean(v)).map(domainOf).filter(Boolean));
  for (const match of note.matchAll(EMAIL)) {
    const address = match[0].replace(/\s?[([]at[)\]]\s?|\s+arobase\s+/i, '@').toLowerCase();
    const [local, domain] = address.split('@');
    const consumer = CONSUMER_MAIL.test(domain);
    if (knownMails.has(address)) continue;
    if (!consumer && (domains.has(domain) || ROLE_MAIL.test(local))) continue;
    record('email', match.index ?? 0, (match.index ?? 0) + match[0].length);
  }

  // Phone numbers anywhere in the world; French ones unless they are the partner's, a service
  // number (08…) or named as a switchboard.
  if (/\d(?:\D{0,3}\d){7}/.test(note)) {
    const known = new Set((context.partnerPhones ?? []).filter((p): p is string => Boolean(p)).map(phoneDigits));
    for (const { number, startsAt, endsAt } of findPhoneNumbersInText(phoneView(note), 'FR')) {
      const national = String(number.nationalNumber);
      if (number.countryCallingCode === '33') {
        if (known.has(`0${national}`) || national.startsWith('8')) continue;
        if (SWITCHBOARD_BEFORE.test(before(startsAt))) continue;
      }
      record('phone', startsAt, endsAt);
    }
  }

  // Dates: a birth when named as one, or a day 14 to 100 years back not introduced as an event.
  const dateFinding = (start: number, end: number, y: number, m: number, d: number) => {
    if (!isRealDay(y, m, d) || y > context.currentYear) return;
    const context60 = before(start);
    const age = context.currentYear - y;
    const named = BIRTH_BEFORE.test(context60);
    if (named || (age >= 14 && age <= 100 && !EVENT_BEFORE.test(context60))) record('birth-date', start, end);
  };
  for (const match of note.matchAll(ISO_DATE)) {
    dateFinding(match.index ?? 0, (match.index ?? 0) + match[0].length, Number(match[1]), Number(match[2]), Number(match[3]));
  }
  for (const match of note.matchAll(NUMERIC_DATE)) {
    dateFinding(match.index ?? 0, (match.index ?? 0) + match[0].length, fullYear(match[3], context.currentYear), Number(match[2]), Number(match[1]));
  }
  for (const match of note.matchAll(WORD_DATE)) {
    const month = MONTHS[plain(match[2]).replace('.', '')];
    const day = match[1].toLowerCase() === '1er' ? 1 : Number(match[1]);
    if (month) dateFinding(match.index ?? 0, (match.index ?? 0) + match[0].length, fullYear(match[3], context.currentYear), month, day);
  }
  for (const match of note.matchAll(BIRTH_WORDS)) record('birth-date', match.index ?? 0, (match.index ?? 0) + match[0].length);

  const partnerStreets = new Set((context.partnerAddresses ?? []).filter((a): a is string => Boolean(a)).map(streetKey).filter(Boolean));
  for (const match of note.matchAll(STREET)) {
    const start = match.index ?? 0;
    const text = match[0].replace(/[\s,]+$/, '');
    const key = streetKey(text);
    const own = key.includes(' ') && [...partnerStreets].some((street) => key.startsWith(street) || street.startsWith(key));
    const preceding = before(start);
    if (!PERSON_BEFORE.test(preceding) && (own || PLACE_BEFORE.test(preceding))) continue;
    record('address', start, start + text.length);
  }

  return found.sort((a, b) => a.at - b.at).map(({ kind, excerpt }) => ({ kind, excerpt }));
}
