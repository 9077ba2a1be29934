import { hoursStateAt } from '../../lib/hours';
import { groupPhone, isOwnPartnerId } from '../../lib/contact';
import { isStale } from '../../lib/freshness';
import { t } from '../../lib/i18n';
import type { PartnerSummary } from '../../lib/search';
import { matchReasons, type MatchContext } from '../../lib/search/match-reason';
import type { Service } from '../../lib/schema';

interface ResultRowProps {
  partner: PartnerSummary & { services?: Service[] };
  /** What the list answers: a reason is shown only for what the name does not say. */
  context: MatchContext;
  now: Date;
}

const HOURS_WORD = { open: 'rowOpen', closed: 'rowClosed', unknown: 'rowHoursUnknown' } as const;

/** The thematiques a partner offers, from its summary or, for a full record, its services. */
function themesOf(partner: ResultRowProps['partner']): string[] {
  return partner.themes ?? (partner.services ?? []).flatMap((service) => service.thematiques ?? []);
}

/**
 * What a result row shows to decide without opening the card: the name; where (or « national »);
 * the phone; open, closed or unknown now, as a dot and a word; why it is listed; a stale record.
 */
export function ResultRow({ partner, context, now }: ResultRowProps) {
  // A national record has no commune; the counsellor's own partner without one is not national.
  const place = partner.commune ? [partner.code_postal, partner.commune].filter(Boolean).join(' ') : isOwnPartnerId(partner.id) ? t('rowNoPlace') : t('rowNational');
  const hours = hoursStateAt(partner.horaires_accueil, now);
  const reasons = matchReasons(partner.nom, themesOf(partner), context);
  const stale = partner.date_maj ? isStale(partner.date_maj, now) : false;
  return (
    <>
      <span class="result__name" lang="fr">{partner.nom}</span>
      <span class="result__facts">
        <span>{place}</span>
        {partner.telephone && <span>{t('rowPhone', groupPhone(partner.telephone))}</span>}
        {partner.horaires_accueil && <span class={`hours-dot hours-dot--${hours}`}>{t(HOURS_WORD[hours])}</span>}
        {stale && <span class="result__stale">{t('rowStale')}</span>}
      </span>
      {reasons.length > 0 && (
        <span class="result__reason">{context.query.trim() ? t('rowMatched', reasons.join(', ')) : t('rowServes', reasons.join(', '))}</span>
      )}
    </>
  );
}
