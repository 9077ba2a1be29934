import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tn } from '../../lib/i18n';
import { sendMessage, type Message } from '../../lib/messages';
import type { RefreshOutcome } from '../../lib/import/subscriptions';

export type SubscribeState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/**
 * The one way a source is subscribed from the options page: ask the browser for that one origin
 * right in the click (its prompt only shows during a user gesture), then let the background fetch
 * and store the first copy. Used by the team URL and the national API forms.
 */
export function useSubscribeAction() {
  const [status, setStatus] = useState<SubscribeState>({ kind: 'idle' });

  async function subscribe(permission: { pattern: string; origin: string }, message: Message): Promise<boolean> {
    const asked = browser.permissions.request({ origins: [permission.pattern] });
    setStatus({ kind: 'busy' });
    try {
      if (!(await asked)) {
        setStatus({ kind: 'error', text: t('subPermissionDenied', permission.origin) });
        return false;
      }
      const outcome = (await sendMessage(message)) as RefreshOutcome;
      const partners = outcome.summary?.partners ?? 0;
      setStatus({ kind: 'ok', text: tn(partners, 'subDoneOne', 'subDoneOther') });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  return { status, subscribe, fail: (text: string) => setStatus({ kind: 'error', text }) };
}
