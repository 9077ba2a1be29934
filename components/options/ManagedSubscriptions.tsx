import { useLiveQuery } from '../use-live-query';
import { t } from '../../lib/i18n';
import { checkSubscriptionUrl } from '../../lib/import/subscription-url';
import { urlSourceId } from '../../lib/import/subscriptions';
import type { ManagedState } from '../../lib/settings';
import { useDb } from '../db-context';
import { ManagedMark } from './ManagedNotice';
import { SubscribeStatus } from './SubscribeStatus';
import { useSubscribeAction } from './use-subscribe-action';

/**
 * The team directories the structure proposes and this browser has not downloaded yet: the
 * background fetches each one as soon as its origin is granted; here one « Autoriser » click
 * asks the browser for it and subscribes through the same path as the form.
 */
export function ManagedSubscriptions({ managed }: { managed: ManagedState }) {
  const db = useDb();
  const subscribed = useLiveQuery(async () => new Set((await db.sources.toArray()).map((s) => s.id)), [db]);
  const { status, subscribe } = useSubscribeAction();
  const waiting = managed.policy.subscriptions.filter((s) => subscribed && !subscribed.has(urlSourceId(s.url)));
  if (managed.policy.subscriptions.length === 0) return null;
  return (
    <div id="managed-subscriptions">
      <h3>{t('managedSubscriptionsTitle')}</h3>
      <ul class="plain">
        {managed.policy.subscriptions.map((subscription) => {
          const name = subscription.label ?? subscription.url;
          const checked = checkSubscriptionUrl(subscription.url);
          return (
            <li key={subscription.url} class="managed">
              {name}
              <ManagedMark locked={managed.policy.locked.subscriptions} />{' '}
              {checked.ok && waiting.includes(subscription) && (
                <button
                  type="button"
                  aria-label={t('managedAuthorizeLabel', checked.origin)}
                  disabled={status.kind === 'busy'}
                  onClick={() =>
                    void subscribe(
                      { pattern: checked.permission, origin: checked.origin },
                      { type: 'sources:subscribe', url: checked.url, label: subscription.label, coordinatorEmail: subscription.coordinatorEmail },
                    )
                  }
                >
                  {t('managedAuthorize')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <SubscribeStatus status={status} />
    </div>
  );
}
