import { useLiveQuery } from '../use-live-query';
import { STARTER_SOURCE_ID, isStarterHidden, setStarterHidden } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';

/**
 * « Annuaire »: the counsellor who has their local partners can take the starter's national
 * numbers and networks out of every search; their cards still open from a favourite.
 */
export function StarterVisibility() {
  const db = useDb();
  const hidden = useLiveQuery(() => isStarterHidden(db), [db]);
  const count = useLiveQuery(async () => (await db.sources.get(STARTER_SOURCE_ID))?.partnerCount ?? 0, [db]);
  if (hidden === undefined || count === undefined || count === 0) return null;
  return (
    <section aria-labelledby="starter-visibility-title" id="starter-visibility">
      <h2 id="starter-visibility-title">{t('starterTitle')}</h2>
      <label class="check">
        <input type="checkbox" id="starter-hidden" checked={hidden} onChange={(event) => void setStarterHidden(db, event.currentTarget.checked)} />{' '}
        {t('starterHide', count)}
      </label>
      <p class="muted">{t('starterHideHelp')}</p>
    </section>
  );
}
