import { memo } from '../memo';
import { hoursStateAt } from '../../lib/hours';
import { groupPhone, isOwnPartnerId } from '../../lib/contact';
import { isStale } from '../../lib/freshness';
import { t } from '../../lib/i18n';
import { HoursWord } from './HoursWord';
import type { RowPartner } from './row-reason';

interface ResultRowProps {
  partner: RowPartner;
  /** Why it is listed, when the name does not say it (row-reason.ts). */
  reason?: string;
  now: Date;
}

interface RowFacts {
  hours: ReturnType<typeof hoursStateAt>;
  stale: boolean;
}
interface CachedFacts {
  minute: number;
  facts: RowFacts;
}

/**
 * A row's facts, worked out once per record and minute: a list re-rendered (the active row moved,
 * the reference result joined, the next key typed) reads them again. Keyed by the record's
 * object, which the page keeps from answer to answer (use-directory.ts).
 */
const factsCache = new WeakMap<object, CachedFacts>();
function rowFacts(partner: RowPartner, now: Date): RowFacts {
  const minute = Math.floor(now.getTime() / 60_000);
  const cached = factsCache.get(partner);
  if (cached && cached.minute === minute) return cached.facts;
  const facts: RowFacts = {
    hours: hoursStateAt(partner.horaires_accueil, now),
    stale: partner.date_maj ? isStale(partner.date_maj, now) : false,
  };
  factsCache.set(partner, { minute, facts });
  return facts;
}

/**
 * What a result row shows to decide without opening the card: the name; where (or « national »);
 * the phone; open, closed or unknown now, as a dot and a word; why it is listed; a stale record.
 * Memoised: a row renders again only when its record, its reason or the minute changes.
 */
export const ResultRow = memo(function ResultRow({ partner, reason, now }: ResultRowProps) {
  // A national record has no commune; the counsellor's own partner without one is not national.
  const place = partner.commune ? [partner.code_postal, partner.commune].filter(Boolean).join(' ') : isOwnPartnerId(partner.id) ? t('rowNoPlace') : t('rowNational');
  const { hours, stale } = rowFacts(partner, now);
  return (
    <>
      <span class="result__name" lang="fr">{partner.nom}</span>
      <span class="result__facts">
        <span>{place}</span>
        {partner.telephone && <span>{t('rowPhone', groupPhone(partner.telephone))}</span>}
        {partner.horaires_accueil && <HoursWord state={hours} />}
        {stale && <span class="result__stale">{t('rowStale')}</span>}
      </span>
      {reason && <span class="result__reason">{reason}</span>}
    </>
  );
});
