import { useLiveQuery } from '../use-live-query';
import type { StoredPartner } from '../../lib/db';
import { PARTNERSHIP_STATUSES, type PartnershipStatus } from '../../lib/schema';
import { frenchDate, getPartnership, localDay, logOf, savePartnership, standingOf } from '../../lib/partnership';
import { t, type MessageKey } from '../../lib/i18n';
import { useDb } from '../db-context';
import { BilanForm } from './BilanForm';
import { ContactLogForm } from './ContactLogForm';
import { ContactLogList } from './ContactLogList';
import { ConventionForm } from './ConventionForm';
import { FollowUpSettings } from './FollowUpSettings';
import './partnership.css';

export const STATUS_LABELS: Record<PartnershipStatus, MessageKey> = {
  aucun: 'followStatusNone',
  contact: 'followStatusContact',
  informel: 'followStatusInformal',
  convention: 'followStatusConvention',
};

interface PartnershipBlockProps {
  partner: StoredPartner;
  now?: Date;
}

/** The counsellor's partnership with this partner: status, contact log, relance, convention, bilan. */
export function PartnershipBlock({ partner, now = new Date() }: PartnershipBlockProps) {
  const db = useDb();
  const id = partner.id;
  const data = useLiveQuery(async () => ({ partnership: await getPartnership(db, id), log: await logOf(db, id) }), [db, id]);
  if (!data) return null;
  const { partnership, log } = data;
  const status = partnership?.status ?? 'aucun';
  const today = localDay(now);
  const standing = standingOf(partnership, log);
  const late = standing.relanceOn !== null && standing.relanceOn <= today && status !== 'aucun';

  return (
    <section class="card__section partnership" aria-labelledby={`partnership-title-${id}`}>
      <h3 id={`partnership-title-${id}`}>{t('followTitle')}</h3>
      <p class="partnership__status">
        <label for={`partnership-status-${id}`}>{t('followStatusLabel')}</label>{' '}
        <select
          id={`partnership-status-${id}`}
          value={status}
          onChange={(event) => void savePartnership(db, { partnerId: id, partnerName: partner.nom, status: (event.target as HTMLSelectElement).value as PartnershipStatus })}
        >
          {PARTNERSHIP_STATUSES.map((value) => <option key={value} value={value}>{t(STATUS_LABELS[value])}</option>)}
        </select>
      </p>
      <p class="partnership__standing" data-testid="partnership-standing">
        {standing.lastContact ? t('followLastContact', frenchDate(standing.lastContact)) : t('followNeverContacted')}
        {standing.relanceOn && status !== 'aucun' && (
          <span class={late ? 'warning' : undefined}> · {t(late ? 'followRelanceLate' : 'followRelanceOn', frenchDate(standing.relanceOn))}</span>
        )}
        {partnership?.nextContact && <span> · {t('followNextContactShown', frenchDate(partnership.nextContact))}</span>}
      </p>
      <ContactLogForm partner={partner} today={today} />
      <ContactLogList entries={log} partnerName={partner.nom} />
      <FollowUpSettings partner={partner} partnership={partnership} />
      {status === 'convention' && <ConventionForm partner={partner} partnership={partnership} />}
      {status === 'convention' && <BilanForm partner={partner} today={today} />}
    </section>
  );
}
