import type { Partner } from './schema';
import { isHttpUrl } from './schema/http-url';

/** Overseas departments dial their own country code: +262 262 …, +590 690 … (ARCEP plan). */
const OVERSEAS_CODES: Array<[RegExp, string]> = [
  [/^0(262|263|269|639|692|693)/, '262'],
  [/^0(590|690|691)/, '590'],
  [/^0(594|694)/, '594'],
  [/^0(596|696|697)/, '596'],
  [/^0508/, '508'],
];

/**
 * `tel:` target of a phone number as written in data ("01 23 45 67 89", "3949", "+33 (0)1…"),
 * in E.164 when it is a full number: `+33 (0)4 67 00 00 02` → `tel:+33467000002` (the "(0)"
 * trunk prefix is not dialled from abroad), `04 67 00 00 02` → `tel:+33467000002`. Short
 * numbers (3949, 115, 116 006) stay as they are.
 */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let compact = phone.replace(/\(0\)/g, '').replace(/[\s.\-()\u00a0]/g, '');
  if (!/^\+?\d{3,15}$/.test(compact)) return null;
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  // "+33 04 67…": the national trunk 0 written after the country code.
  if (/^\+330\d{9}$/.test(compact)) compact = `+33${compact.slice(4)}`;
  if (/^0[1-9]\d{8}$/.test(compact)) {
    const overseas = OVERSEAS_CODES.find(([prefix]) => prefix.test(compact));
    compact = `+${overseas ? overseas[1] : '33'}${compact.slice(1)}`;
  }
  return `tel:${compact}`;
}

export function mailtoHref(email: string | null | undefined): string | null {
  if (!email) return null;
  const trimmed = email.trim();
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(trimmed) ? `mailto:${trimmed}` : null;
}

/** Only http(s), tel: and mailto: are ever rendered as links. */
export function isSafeHref(href: string): boolean {
  if (href.startsWith('tel:') || href.startsWith('mailto:')) return true;
  return isHttpUrl(href);
}

export function postalAddress(place: Pick<Partner, 'adresse' | 'complement_adresse' | 'code_postal' | 'commune'>): string {
  const city = [place.code_postal, place.commune].filter(Boolean).join(' ');
  return [place.adresse, place.complement_adresse, city].filter(Boolean).join(', ');
}

/** The named contacts of a partner's services, without repeats. */
export function namedContacts(partner: Pick<Partner, 'services'>): string[] {
  return [...new Set(partner.services.map((s) => s.contact_nom_prenom).filter((n): n is string => Boolean(n)))];
}

/**
 * A phone number as it is read aloud, two digits at a time: « 0467000000 » -> « 04 67 00 00 00 »,
 * « +33467000000 » -> « +33 4 67 00 00 00 ». Short and special numbers (« 3949 », « 116 006 ») and
 * anything else are kept as written.
 */
export function groupPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const compact = phone.replace(/[\s.\-()\u00a0]/g, '');
  const pairs = (digits: string) => digits.match(/\d{2}/g)!.join(' ');
  if (/^0\d{9}$/.test(compact)) return pairs(compact);
  const international = /^(?:\+|00)33(\d{9})$/.exec(compact);
  if (international) return `+33 ${international[1][0]} ${pairs(international[1].slice(1))}`;
  return phone.trim();
}

/** Ids of the counsellor's own partners (options « Mes partenaires »): never « national ». */
export const OWN_PARTNER_ID_PREFIX = 'own--';
export const isOwnPartnerId = (id: string) => id.startsWith(OWN_PARTNER_ID_PREFIX);

/**
 * A phone the counsellor types for an own partner: ten digits (04 67 00 00 00), an international
 * number (+33 4 67 00 00 00), or a short number (115, 3949). « 12 » is not one.
 */
export function looksLikePhone(value: string): boolean {
  const compact = value.replace(/[\s.\-()\u00a0]/g, '');
  return /^0\d{9}$/.test(compact) || /^\+\d{8,15}$/.test(compact) || /^00\d{8,15}$/.test(compact) || /^[1-9]\d{2,3}$/.test(compact);
}
