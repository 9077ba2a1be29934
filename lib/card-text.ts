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

/** « Envoyer à la personne »: the handover text in a new e-mail; the counsellor types the address. */
export function handoverMailto(partner: Partner, now: Date): string {
  return mailtoWith(null, t('actSendSubject', partner.nom), handoverText(partner, now));
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
