import type { MessageKey } from '../i18n';
import type { Partner } from '../schema';
import { STOP_WORDS, normalizeText } from '../search/normalize';
import { publishedId } from './record-id';

/**
 * When two records are the same real structure, as data. A rule gives each record keys; two
 * records sharing a key are candidates, joined unless a guard refuses (see GUARDS). Rules are
 * tried strongest first: data·inclusion's own duplicate list (honoured only where data·inclusion
 * computed it, or where the other record agrees: see grouping.ts), the same id in two directory
 * sources, the SIRET (one establishment), then the folded name in one postcode, then the phone in
 * one postcode. Joining never decides what the card shows: the most trusted source does
 * (merge-group.ts).
 */
export interface GroupingRule {
  id: 'doublon' | 'same-id' | 'siret' | 'name-postcode' | 'phone-postcode';
  /** Why two records were joined, as the card says it (its message key). */
  reason: MessageKey;
  keys(partner: Partner): string[];
  /**
   * Finer keys for a key shared by more than MAX_KEY_SHARERS records: eight made-up records
   * copying a SIRET must not keep two real duplicates apart.
   */
  refine?(partner: Partner): string[];
  /** Guards (by id) that may refuse a join this rule proposes. */
  guards: readonly GuardId[];
}

/**
 * `other-source-unconfirmed`: records of two directory sources joined on an identifier (an id, a
 * SIRET) also need their name or their address to agree — an identifier alone is easy to copy.
 */
export type GuardId = 'user-split' | 'different-siret' | 'different-address' | 'same-source' | 'other-source-unconfirmed';

/** A key shared by more records than this says nothing about identity (a switchboard, « Mairie »). */
export const MAX_KEY_SHARERS = 8;

/** Words of a street address that do not tell two addresses apart. */
const STREET_WORDS = new Set('rue r avenue av bd boulevard place pl chemin che allee all impasse imp route rte quai cours square sq bis ter batiment bat etage cedex bp'.split(' '));

type AddressParts = { number?: string; words: Set<string> } | undefined;
/** Addresses compared during one grouping are read once (a bucket compares each with several others). */
const partsCache = new Map<string, AddressParts>();
export function forgetAddresses(): void {
  partsCache.clear();
}

/** An address as comparable parts: its first number and its meaningful words. */
export function addressParts(adresse: string | null | undefined): AddressParts {
  if (!adresse) return undefined;
  if (partsCache.has(adresse)) return partsCache.get(adresse);
  const parts = readAddress(adresse);
  partsCache.set(adresse, parts);
  return parts;
}

function readAddress(adresse: string): AddressParts {
  const words = normalizeText(adresse).split(' ').filter(Boolean);
  const number = words.find((word) => /^\d+$/.test(word));
  const meaningful = new Set(words.filter((word) => !/^\d+$/.test(word) && !STREET_WORDS.has(word) && word.length > 1));
  return meaningful.size > 0 || number ? { number, words: meaningful } : undefined;
}

/** Two addresses that cannot be the same place: other house number, or no street word in common. */
export function addressesDiffer(a: string | null | undefined, b: string | null | undefined): boolean {
  const pa = addressParts(a);
  const pb = addressParts(b);
  if (!pa || !pb) return false;
  if (pa.number && pb.number && pa.number !== pb.number) return true;
  if (pa.words.size === 0 || pb.words.size === 0) return false;
  for (const word of pa.words) if (pb.words.has(word)) return false;
  return true;
}

/** Two addresses that are the same place: same house number when both have one, a street word in common. */
export function addressesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  const pa = addressParts(a);
  const pb = addressParts(b);
  if (!pa || !pb || pa.words.size === 0 || pb.words.size === 0) return false;
  if (pa.number && pb.number && pa.number !== pb.number) return false;
  for (const word of pa.words) if (pb.words.has(word)) return true;
  return false;
}

/** A direct local line (10 digits, not a shared national or premium number): identifies a place. */
export function localPhone(phone: string | null | undefined): string | undefined {
  if (!phone) return undefined;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('33') && digits.length === 11) digits = `0${digits.slice(2)}`;
  if (!/^0[1-79]\d{8}$/.test(digits)) return undefined;
  return digits;
}

const FOLD: Record<string, string> = {
  à: 'a', â: 'a', ä: 'a', á: 'a', ã: 'a', å: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', í: 'i', ì: 'i',
  ô: 'o', ö: 'o', ó: 'o', ò: 'o', õ: 'o', ù: 'u', û: 'u', ü: 'u', ú: 'u', ÿ: 'y', ñ: 'n', œ: 'oe', æ: 'ae', ß: 'ss',
};

/**
 * The name as compared: lower case, no accents, without stop words, « C.C.A.S. » and « C C A S »
 * as « ccas ». One pass over the characters (no regular expressions, no Unicode normalisation):
 * it runs on every record of a national directory before each index build.
 */
export function foldedName(nom: string): string {
  const words: string[] = [];
  let word = '';
  let letters = '';
  const flush = () => {
    if (word.length === 1 && word >= 'a') letters += word;
    else {
      if (letters) words.push(letters);
      letters = '';
      if (word) words.push(word);
    }
    word = '';
  };
  for (const ch of nom.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) word += ch;
    else if (FOLD[ch]) word += FOLD[ch];
    else flush();
  }
  flush();
  if (letters) words.push(letters);
  return words.filter((w) => !STOP_WORDS.has(w)).join(' ');
}

/** The keys under which other records' `doublons` lists name this record: `id` and `source--id`. */
export function doublonTargets(partner: Partner): string[] {
  const id = publishedId(partner.id);
  return [`doublon:${id}`, `doublon:${partner.source}--${id}`];
}

/** The keys a record's own `doublons` list claims. */
export function doublonClaims(partner: Partner): string[] {
  return (partner.doublons ?? []).flatMap((d) => [`doublon:${d.id}`, `doublon:${d.source}--${d.id}`]);
}

const sirets = (p: Partner) => (p.siret ? [`siret:${p.siret}`] : []);

export const GROUPING_RULES: readonly GroupingRule[] = [
  {
    id: 'doublon',
    reason: 'groupReasonDoublon',
    // Joined in grouping.ts from doublonClaims/doublonTargets, not by shared keys.
    keys: () => [],
    guards: ['user-split'],
  },
  {
    id: 'same-id',
    reason: 'groupReasonSameId',
    keys: (p) => [`id:${publishedId(p.id)}`],
    guards: ['user-split', 'other-source-unconfirmed'],
  },
  {
    id: 'siret',
    reason: 'groupReasonSiret',
    keys: sirets,
    refine: (p) => {
      if (!p.siret) return [];
      const number = addressParts(p.adresse)?.number;
      return [`siret:${p.siret}|${foldedName(p.nom)}`, ...(number && p.code_postal ? [`siret:${p.siret}|${p.code_postal}|${number}`] : [])];
    },
    // A head office's SIRET on every antenna: the same SIRET at two addresses is two places.
    guards: ['user-split', 'different-address', 'other-source-unconfirmed'],
  },
  {
    id: 'name-postcode',
    reason: 'groupReasonNamePostcode',
    keys: (p) => (p.code_postal ? [`name:${foldedName(p.nom)}|${p.code_postal}`] : []),
    // Two crèches of one network in one town share a name: other address, other SIRET, or the
    // same source listing both, and they stay apart.
    guards: ['user-split', 'different-siret', 'different-address', 'same-source'],
  },
  {
    id: 'phone-postcode',
    reason: 'groupReasonPhonePostcode',
    keys: (p) => {
      const phone = localPhone(p.telephone);
      return phone && p.code_postal ? [`tel:${phone}|${p.code_postal}`] : [];
    },
    guards: ['user-split', 'different-siret', 'different-address', 'same-source'],
  },
];
