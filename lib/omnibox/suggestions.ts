import { visibleOneLine } from '../schema/invisible-characters';

/** What the address bar shows of a partner: name · commune · phone. */
export interface OmniboxPartner {
  id: string;
  nom: string;
  commune: string | null;
  telephone: string | null;
}

export interface OmniboxSuggestion {
  /** Put in the address bar when the suggestion is chosen, and handed back on Enter. */
  content: string;
  description: string;
}

const CONTENT_PREFIX = 'fiche:';

/**
 * Chrome reads the description as XML (its <dim>/<match> markup) and refuses the whole list when
 * one holds a control character: those (and other invisible characters) go, then the five XML
 * specials are escaped. Firefox shows plain text.
 */
function escapeXml(text: string): string {
  return visibleOneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** "0467000000" -> "04 67 00 00 00", read at a glance; other numbers as written. */
export function groupFrenchPhone(phone: string): string {
  const digits = phone.replace(/[\s.-]/g, '');
  return /^0\d{9}$/.test(digits) ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : phone.trim();
}

export function toSuggestion(partner: OmniboxPartner, options: { markup: boolean; national: string }): OmniboxSuggestion {
  const details = [partner.commune || (partner.id.startsWith('own--') ? '' : options.national), partner.telephone ? groupFrenchPhone(partner.telephone) : ''].filter(Boolean).join(' · ');
  const description = options.markup ? `${escapeXml(partner.nom)} <dim>· ${escapeXml(details)}</dim>` : visibleOneLine(`${partner.nom} · ${details}`);
  return { content: `${CONTENT_PREFIX}${partner.id}`, description };
}

/** The partner a chosen suggestion stands for, or undefined when the counsellor typed free text. */
export function partnerIdOfOmnibox(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed.startsWith(CONTENT_PREFIX) && trimmed.length > CONTENT_PREFIX.length ? trimmed.slice(CONTENT_PREFIX.length) : undefined;
}

/**
 * The extension page that shows one partner's card in a tab; `query`, the words typed when Enter
 * took the best match, is where its « Retour aux résultats » goes back to.
 */
export function cardPath(partnerId: string, query?: string): string {
  return `/card.html?id=${encodeURIComponent(partnerId)}${query?.trim() ? `&q=${encodeURIComponent(query.trim())}` : ''}`;
}
