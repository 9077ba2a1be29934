import type { Partner } from './schema';
import { groupPhone, mailtoHref, postalAddress } from './contact';
import { describeHours } from './hours';
import { formatIsoDay, t } from './i18n';

/** A `mailto:` with a subject and a plain-text body; no recipient when none is known (the mail app asks). */
export function mailtoWith(to: string | null | undefined, subject: string, body: string): string {
  const address = mailtoHref(to)?.slice('mailto:'.length) ?? '';
  // encodeURIComponent, not URLSearchParams: mail apps read « + » literally, not as a space.
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

const unique = (values: (string | null | undefined)[]) => [...new Set(values.map((v) => v?.trim()).filter((v): v is string => Boolean(v)))];

/**
 * The card as plain text for the person the counsellor orients: who, where, how to call, when
 * it is open, how to go and what to bring. No counsellor's note or own contact goes in it.
 */
export function handoverText(partner: Partner, now: Date): string {
  const address = postalAddress(partner);
  const hours = describeHours(partner.horaires_accueil, now);
  const conditions = unique(partner.services.map((s) => s.conditions_acces));
  const bring = unique(partner.services.map((s) => s.mobilisation_precisions));
  const lines: string[] = [partner.nom, ''];
  if (address) lines.push(`${t('actAddress')} ${address}`);
  if (partner.telephone) lines.push(`${t('actPhone')} ${groupPhone(partner.telephone)}`);
  if (partner.courriel) lines.push(`${t('actEmail')} ${partner.courriel.trim()}`);
  if (partner.site_web) lines.push(`${t('actWebsite')} ${partner.site_web}`);
  if (hours.lines.length > 0) lines.push('', t('actHours'), ...hours.lines.map((line) => `- ${line}`), ...(hours.note ? [hours.note] : []));
  if (address || partner.accessibilite_lieu) {
    lines.push('', t('actHowToGo'));
    if (address) lines.push(`- ${address}`);
    if (partner.accessibilite_lieu) lines.push(`- ${t('actAccessibility')} ${partner.accessibilite_lieu}`);
  }
  if (conditions.length + bring.length > 0) lines.push('', t('actToBring'), ...[...conditions, ...bring].map((line) => `- ${line}`));
  return lines.join('\n').trim();
}

/**
 * Browsers and mail apps drop or cut a `mailto:` much past 2,000 characters (Chromium's and
 * Outlook's limits are near it): the link stays under this length.
 */
export const MAILTO_MAX_LENGTH = 2000;

/**
 * « Envoyer à la personne »: the handover text in a new e-mail; the counsellor types the address.
 * Too long for a link, it loses its last lines first (what to bring, how to go, then the hours:
 * the name, address and phone come first and stay), and says it was shortened.
 */
export function handoverMailto(partner: Partner, now: Date): string {
  const subject = t('actSendSubject', partner.nom);
  const lines = handoverText(partner, now).split('\n');
  let href = mailtoWith(null, subject, lines.join('\n'));
  if (href.length <= MAILTO_MAX_LENGTH) return href;
  const note = t('actSendShortened');
  const shortened = (kept: string[]) => mailtoWith(null, subject, [...kept, '', note].join('\n'));
  while (lines.length > 1) {
    lines.pop();
    // No heading (« À prévoir : ») nor blank line left hanging at the end.
    while (lines.length > 1 && (lines[lines.length - 1].trim() === '' || lines[lines.length - 1].endsWith(':'))) lines.pop();
    href = shortened(lines);
    if (href.length <= MAILTO_MAX_LENGTH) return href;
  }
  // A single line too long on its own (a very long name): cut it, never inside an escape.
  let first = lines[0];
  while (first.length > 0 && shortened([`${first}…`]).length > MAILTO_MAX_LENGTH) first = first.slice(0, -Math.max(1, Math.ceil(first.length / 10)));
  return shortened([`${first}…`]);
}

/**
 * « Signaler une erreur »: to whoever keeps the directory the reported value came from (its
 * coordinator), naming the partner, that directory and the day of the record in words — no
 * internal id, no ISO date.
 */
export function reportMailto(partner: Pick<Partner, 'nom' | 'date_maj'> & { lien_source?: string | null }, sourceLabel: string, to: string | null | undefined): string {
  const body = [
    t('actReportIntro'),
    '',
    `${partner.nom}`,
    `${t('actReportSource')} ${sourceLabel}`,
    ...(partner.lien_source ? [partner.lien_source] : []),
    `${t('actReportUpdated')} ${formatIsoDay(partner.date_maj)}`,
    '',
    t('actReportWhat'),
    '',
  ].join('\n');
  return mailtoWith(to, t('actReportSubject', partner.nom), body);
}
