import { memo } from 'preact/compat';
import { hoursStateAt } from '../../lib/hours';
import { groupPhone, isOwnPartnerId } from '../../lib/contact';
import { isStale } from '../../lib/freshness';
import { t } from '../../lib/i18n';
import type { PartnerSummary } from '../../lib/search';
import { matchReasons, type MatchContext } from '../../lib/search/match-reason';
import type { Service } from '../../lib/schema';
import { HoursWord } from './HoursWord';

interface ResultRowProps {
  partner: PartnerSummary & { services?: Service[] };
  /** What the list answers: a reason is shown only for what the name does not say. */
  context: MatchContext;
  now: Date;
}

/** The thematiques a partner offers, from its summary or, for a full record, its services. */
function themesOf(partner: ResultRowProps['partner']): string[] {
  return partner.themes ?? (partner.services ?? []).flatMap((service) => service.thematiques ?? []);
}

interface RowFacts {
  hours: ReturnType<typeof hoursStateAt>;
  reasons: string[];
  stale: boolean;
}
interface CachedFacts {
  context: MatchContext;
  minute: number;
  facts: RowFacts;
}

/**
 * A row's facts, worked out once per record and query: a list re-rendered (the active row moved,
 * the reference result joined) reads them again, and so does a row kept from the previous
 * keystroke's list when the query did not change. Keyed by the record's object: each answer of
 * the search brings new ones, so the cache lives as long as the list does.
 */
const factsCache = new WeakMap<object, CachedFacts>();
function rowFacts(partner: ResultRowProps['partner'], context: MatchContext, now: Date): RowFacts {
  const minute = Math.floor(now.getTime() / 60_000);
  const cached = factsCache.get(partner);
  if (cached && cached.minute === minute && cached.context.query === context.query && cached.context.categories === context.categories) return cached.facts;
  const facts: RowFacts = {
    hours: hoursStateAt(partner.horaires_accueil, now),
    reasons: matchReasons(partner.nom, themesOf(partner), context),
    stale: partner.date_maj ? isStale(partner.date_maj, now) : false,
  };
  factsCache.set(partner, { context, minute, facts });
  return facts;
}

/**
 * What a result row shows to decide without opening the card: the name; where (or « national »);
 * the phone; open, closed or unknown now, as a dot and a word; why it is listed; a stale record.
 * Memoised: a row renders again only when its record, its query or the minute changes.
 */
export const ResultRow = memo(function ResultRow({ partner, context, now }: ResultRowProps) {
  // A national record has no commune; the counsellor's own partner without one is not national.
  const place = partner.commune ? [partner.code_postal, partner.commune].filter(Boolean).join(' ') : isOwnPartnerId(partner.id) ? t('rowNoPlace') : t('rowNational');
  const { hours, reasons, stale } = rowFacts(partner, context, now);
  return (
    <>
      <span class="result__name" lang="fr">{partner.nom}</span>
      <span class="result__facts">
        <span>{place}</span>
        {partner.telephone && <span>{t('rowPhone', groupPhone(partner.telephone))}</span>}
        {partner.horaires_accueil && <HoursWord state={hours} />}
        {stale && <span class="result__stale">{t('rowStale')}</span>}
      </span>
      {reasons.length > 0 && (
        <span class="result__reason">{context.query.trim() ? t('rowMatched', reasons.join(', ')) : t('rowServes', reasons.join(', '))}</span>
      )}
    </>
  );
});
