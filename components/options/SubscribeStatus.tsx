import { t } from '../../lib/i18n';
import type { SubscribeState as Status } from './use-subscribe-action';

/** What a subscription is doing or did; `id` lets the form hand the keyboard focus to it. */
export function SubscribeStatus({ status, id }: { status: Status; id?: string }) {
  if (status.kind === 'busy') return <p role="status" id={id} tabIndex={-1}>{t('subBusy')}</p>;
  if (status.kind === 'ok') return <p role="status" id={id} tabIndex={-1}>{status.text}</p>;
  if (status.kind === 'error') return <p role="alert" class="error" id={id} tabIndex={-1}>{status.text}</p>;
  return null;
}
