import type { Partner } from './schema';
import { isHttpUrl } from './schema';
import { labelOf } from './taxonomy';

/** `tel:` target of a phone number as written in data ("01 23 45 67 89", "3949", "+33 1…"). */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const compact = phone.replace(/[\s.\-()\u00a0]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? `tel:${compact}` : null;
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

/** Plain text a counsellor pastes into an e-mail or a case note. */
export function contactText(partner: Partner): string {
  const networks = (partner.reseaux_porteurs ?? []).map((n) => labelOf('reseau', n)).join(', ');
  const lines = [
    partner.nom,
    networks && `Porté par : ${networks}`,
    ...namedContacts(partner).map((name) => `Contact : ${name}`),
    partner.telephone && `Tél. : ${partner.telephone}`,
    partner.courriel && `Courriel : ${partner.courriel}`,
    postalAddress(partner) && `Adresse : ${postalAddress(partner)}`,
    partner.site_web && `Site : ${partner.site_web}`,
  ];
  return lines.filter(Boolean).join('\n');
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
