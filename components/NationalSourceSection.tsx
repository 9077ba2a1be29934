import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import { sendMessage } from '../lib/messages';
import { checkDepartement, NATIONAL_API_BASE } from '../lib/import/national-api';
import { checkSubscriptionUrl } from '../lib/import/subscription-url';
import type { RefreshOutcome } from '../lib/import/subscriptions';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/** The national data·inclusion directory for the counsellor's département, with their own API token. */
export function NationalSourceSection() {
  const [departement, setDepartement] = useState('');
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function submit(event: Event) {
    event.preventDefault();
    const code = checkDepartement(departement);
    if (!code) return setStatus({ kind: 'error', text: t('sourceNationalBadDepartement') });
    const api = checkSubscriptionUrl(NATIONAL_API_BASE);
    // Asked right in the click, for the API's origin only.
    const asked = api.ok ? browser.permissions.request({ origins: [api.permission] }) : Promise.resolve(false);
    setStatus({ kind: 'busy' });
    try {
      if (!(await asked)) return setStatus({ kind: 'error', text: t('subPermissionDenied', api.ok ? api.origin : NATIONAL_API_BASE) });
      const outcome = (await sendMessage({ type: 'sources:subscribe-national', token: token.trim(), departement: code })) as RefreshOutcome;
      setStatus({ kind: 'ok', text: outcome.summary?.partners === 1 ? t('subDoneOne') : t('subDone', (outcome.summary?.partners ?? 0).toLocaleString('fr-FR')) });
      setToken('');
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby="national-title" id="national-source">
      <h2 id="national-title">{t('sourceNationalTitle')}</h2>
      <p>{t('sourceNationalIntro')}</p>
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
      {status.kind === 'busy' && <p role="status">{t('subBusy')}</p>}
      {status.kind === 'ok' && <p role="status">{status.text}</p>}
      {status.kind === 'error' && <p role="alert" class="error">{status.text}</p>}
    </section>
  );
}
