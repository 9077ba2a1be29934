import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { checkSubscriptionUrl } from '../../lib/import/subscription-url';
import { mailtoHref } from '../../lib/contact';
import { SubscribeStatus } from './SubscribeStatus';
import { useSubscribeAction } from './use-subscribe-action';
import { ManagedSubscriptions } from './ManagedSubscriptions';
import { useManagedState } from '../use-settings';
import { focusSoon } from '../focus';

/** Subscribe to the directory a team publishes at an https address, refreshed every day. */
export function SubscribeSection() {
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [coordinator, setCoordinator] = useState('');
  const { status, subscribe, fail } = useSubscribeAction();
  const managed = useManagedState();
  const locked = managed?.policy.locked.subscriptions ?? false;

  async function submit(event: Event) {
    event.preventDefault();
    if (status.kind === 'busy') return;
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return fail(checked.message);
    if (coordinator.trim() && !mailtoHref(coordinator)) return fail(t('subCoordinatorInvalid'));
    const done = await subscribe(
      { pattern: checked.permission, origin: checked.origin },
      { type: 'sources:subscribe', url: checked.url, label: label.trim() || undefined, coordinatorEmail: coordinator.trim() || undefined },
    );
    if (done) {
      setUrl('');
      setLabel('');
      setCoordinator('');
    }
    // The outcome, said where the keyboard is: the button stayed focusable while it worked
    // (aria-disabled, not disabled, which would drop the focus to the page).
    focusSoon('subscribe-status');
  }

  return (
    <section aria-labelledby="subscribe-title" id="subscribe">
      <h2 id="subscribe-title">{t('subTitle')}</h2>
      <p>{t('subIntro')}</p>
      {managed && <ManagedSubscriptions managed={managed} />}
      {locked ? (
        <p class="muted" id="subscriptions-locked">{t('managedSubscriptionsLocked')}</p>
      ) : (
      <form onSubmit={(event) => void submit(event)} class="subscribe-form">
        <label>
          {t('subUrl')}{' '}
          <input type="text" inputMode="url" id="subscribe-url" required spellcheck={false} value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://" size={50} />
        </label>{' '}
        <label>
          {t('subLabel')}{' '}
          <input type="text" id="subscribe-label" value={label} onInput={(e) => setLabel(e.currentTarget.value)} maxLength={200} />
        </label>{' '}
        <label>
          {t('subCoordinator')}{' '}
          <input type="email" id="subscribe-coordinator" value={coordinator} onInput={(e) => setCoordinator(e.currentTarget.value)} maxLength={254} autoComplete="email" aria-describedby="subscribe-coordinator-help" />
        </label>
        <span id="subscribe-coordinator-help" class="muted field-help">{t('subCoordinatorHelp')}</span>{' '}
        <button type="submit" aria-disabled={status.kind === 'busy'}>
          {t('subSubmit')}
        </button>
      </form>
      )}
      <SubscribeStatus status={status} id="subscribe-status" />
    </section>
  );
}
