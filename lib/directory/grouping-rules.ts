import type { Partner } from '../schema';
import { STOP_WORDS, normalizeText } from '../search/normalize';

/**
 * When two records are the same real structure, as data. A rule gives each record keys; two
 * records sharing a key are candidates, joined unless a guard refuses (see GUARDS). Rules are
 * tried strongest first: data·inclusion's own duplicate list, the SIRET (one establishment),
 * then the folded name in one postcode, then the phone in one postcode.
 */
export interface GroupingRule {
  id: 'doublon' | 'siret' | 'name-postcode' | 'phone-postcode';
  /** Why two records were joined, in French (shown on the card). */
  reason: string;
  keys(partner: Partner): string[];
  /** Guards (by id) that may refuse a join this rule proposes. */
  guards: readonly GuardId[];
}

export type GuardId = 'user-split' | 'different-siret' | 'different-address' | 'same-source';

/** A key shared by more records than this says nothing about identity (a switchboard, « Mairie »). */
export const MAX_KEY_SHARERS = 8;

/** Words of a street address that do not tell two addresses apart. */
const STREET_WORDS = new Set('rue r avenue av bd boulevard place pl chemin che allee all impasse imp route rte quai cours square sq bis ter batiment bat etage cedex bp'.split(' '));

/** An address as comparable parts: its first number and its meaningful words. */
export function addressParts(adresse: string | null | undefined): { number?: string; words: Set<string> } | undefined {
  if (!adresse) return undefined;
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

/** A direct local line (10 digits, not a shared national or premium number): identifies a place. */
export function localPhone(phone: string | null | undefined): string | undefined {
  if (!phone) return undefined;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('33') && digits.length === 11) digits = `0${digits.slice(2)}`;
  if (!/^0[1-79]\d{8}$/.test(digits)) return undefined;
  return digits;
}

/** The name as compared: folded, without stop words and punctuation. */
export function foldedName(nom: string): string {
  // « C.C.A.S. » and « CCAS » are one name: runs of single letters are joined before stop words go.
  const joined = normalizeText(nom).replace(/\b(?:[a-z] )+[a-z]\b/g, (letters) => letters.replace(/ /g, ''));
  return joined
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .join(' ');
}

/** Identifiers data·inclusion gives a structure's known duplicates: `id` and `source--id`. */
function doublonKeys(partner: Partner): string[] {
  const own = [`doublon:${partner.id}`, `doublon:${partner.source}--${partner.id}`];
  const theirs = (partner.doublons ?? []).flatMap((d) => [`doublon:${d.id}`, `doublon:${d.source}--${d.id}`]);
  return theirs.length > 0 ? [...own, ...theirs] : own;
}

export const GROUPING_RULES: readonly GroupingRule[] = [
  {
    id: 'doublon',
    reason: 'doublon signalé par data·inclusion',
    keys: doublonKeys,
    guards: ['user-split'],
  },
  {
    id: 'siret',
    reason: 'même SIRET',
    keys: (p) => (p.siret ? [`siret:${p.siret}`] : []),
    // A head office's SIRET on every antenna: the same SIRET at two addresses is two places.
    guards: ['user-split', 'different-address'],
  },
  {
    id: 'name-postcode',
    reason: 'même nom, même code postal',
    keys: (p) => (p.code_postal ? [`name:${foldedName(p.nom)}|${p.code_postal}`] : []),
    // Two crèches of one network in one town share a name: other address, other SIRET, or the
    // same source listing both, and they stay apart.
    guards: ['user-split', 'different-siret', 'different-address', 'same-source'],
  },
  {
    id: 'phone-postcode',
    reason: 'même téléphone, même code postal',
    keys: (p) => {
      const phone = localPhone(p.telephone);
      return phone && p.code_postal ? [`tel:${phone}|${p.code_postal}`] : [];
    },
    guards: ['user-split', 'different-siret', 'different-address', 'same-source'],
  },
];
