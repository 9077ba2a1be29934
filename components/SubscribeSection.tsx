import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import { sendMessage } from '../lib/messages';
import { checkSubscriptionUrl } from '../lib/import/subscription-url';
import type { RefreshOutcome } from '../lib/import/subscriptions';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/** Subscribe to the directory a team publishes at an https address, refreshed every day. */
export function SubscribeSection() {
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return setStatus({ kind: 'error', text: checked.message });
    // Asked right in the click: the browser only shows its prompt during a user gesture.
    const asked = browser.permissions.request({ origins: [checked.permission] });
    setStatus({ kind: 'busy' });
    try {
      if (!(await asked)) return setStatus({ kind: 'error', text: t('subPermissionDenied', checked.origin) });
      const outcome = (await sendMessage({ type: 'sources:subscribe', url: checked.url, label: label.trim() || undefined })) as RefreshOutcome;
      setStatus({ kind: 'ok', text: outcome.summary?.partners === 1 ? t('subDoneOne') : t('subDone', (outcome.summary?.partners ?? 0).toLocaleString('fr-FR')) });
      setUrl('');
      setLabel('');
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby="subscribe-title" id="subscribe">
      <h2 id="subscribe-title">{t('subTitle')}</h2>
      <p>{t('subIntro')}</p>
      <form onSubmit={(event) => void submit(event)} class="subscribe-form">
        <label>
          {t('subUrl')}{' '}
          <input type="text" inputMode="url" id="subscribe-url" required spellcheck={false} value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://" size={50} />
        </label>{' '}
        <label>
          {t('subLabel')}{' '}
          <input type="text" id="subscribe-label" value={label} onInput={(e) => setLabel(e.currentTarget.value)} maxLength={200} />
        </label>{' '}
        <button type="submit" disabled={status.kind === 'busy'}>
          {t('subSubmit')}
        </button>
      </form>
      {status.kind === 'busy' && <p role="status">{t('subBusy')}</p>}
      {status.kind === 'ok' && <p role="status">{status.text}</p>}
      {status.kind === 'error' && <p role="alert" class="error">{status.text}</p>}
    </section>
  );
}
