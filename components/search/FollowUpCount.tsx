import { useLiveQuery } from '../use-live-query';
import { browser } from 'wxt/browser';
import { dueItems, loadFollowUpData, localDay } from '../../lib/partnership';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';

/** « 3 actions de suivi à faire » (the board's words) under an empty search box, opening the follow-up board. */
export function FollowUpCount() {
  const db = useDb();
  const today = localDay(new Date());
  const count = useLiveQuery(async () => dueItems(await loadFollowUpData(db), today).length, [db, today]);
  if (!count) return null;
  return (
    <p class="follow-up-count">
      <button
        type="button"
        class="link-button"
        onClick={() => {
          void browser.tabs.create({ url: browser.runtime.getURL('/suivi.html') });
          // The toolbar popup steps aside; the side panel (same list) stays open.
          if (location.pathname.endsWith('/popup.html')) window.close();
        }}
      >
        {t(count === 1 ? 'followPopupOne' : 'followPopupMany', count)}
      </button>
    </p>
  );
}
