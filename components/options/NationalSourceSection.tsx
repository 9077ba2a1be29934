import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { checkDepartement, NATIONAL_API_BASE } from '../../lib/import/national-api';
import { checkSubscriptionUrl } from '../../lib/import/subscription-url';
import { TOKEN_REQUEST_FORM } from '../../lib/options/data-inclusion-links';
import { SafeLink } from '../SafeLink';
import { SubscribeStatus } from './SubscribeStatus';
import { useSubscribeAction } from './use-subscribe-action';
import { useManagedState } from '../use-settings';

/** The national data·inclusion directory for the counsellor's département, with their own API token. */
export function NationalSourceSection({ initialDepartement = '', labelledBy }: { initialDepartement?: string; labelledBy?: string }) {
  const [departement, setDepartement] = useState(initialDepartement);
  const [token, setToken] = useState('');
  const { status, subscribe, fail } = useSubscribeAction();
  const locked = useManagedState()?.policy.locked.subscriptions ?? false;

  async function submit(event: Event) {
    event.preventDefault();
    const code = checkDepartement(departement);
    if (!code) return fail(t('sourceNationalBadDepartement'));
    const api = checkSubscriptionUrl(NATIONAL_API_BASE);
    if (!api.ok) return fail(api.message);
    const done = await subscribe(
      { pattern: api.permission, origin: api.origin },
      { type: 'sources:subscribe-national', token: token.trim(), departement: code },
    );
    if (done) setToken('');
  }

  return (
    // In the welcome the way's own heading names it (`labelledBy`): no second title.
    <section aria-labelledby={labelledBy ?? 'national-title'} id="national-source">
      {!labelledBy && <h2 id="national-title">{t('sourceNationalTitle')}</h2>}
      <p>{t('sourceNationalIntro')}</p>
      <p>
        {t('sourceNationalNeeds')} <SafeLink href={TOKEN_REQUEST_FORM}>{t('sourceNationalAsk')}</SafeLink>
      </p>
      {locked ? (
        <p class="muted">{t('managedSubscriptionsLocked')}</p>
      ) : (
      <form onSubmit={(event) => void submit(event)} class="subscribe-form">
        <label>
          {t('sourceNationalDepartement')}{' '}
          <input type="text" id="national-departement" required size={4} maxLength={3} value={departement} onInput={(e) => setDepartement(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {t('sourceNationalToken')}{' '}
          <input type="password" id="national-token" required autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit" disabled={status.kind === 'busy'}>
          {t('sourceNationalSubmit')}
        </button>
      </form>
      )}
      <SubscribeStatus status={status} />
    </section>
  );
}
