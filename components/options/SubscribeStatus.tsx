import { t } from '../../lib/i18n';
import type { SubscribeState as Status } from './use-subscribe-action';

export function SubscribeStatus({ status }: { status: Status }) {
  if (status.kind === 'busy') return <p role="status">{t('subBusy')}</p>;
  if (status.kind === 'ok') return <p role="status">{status.text}</p>;
  if (status.kind === 'error') return <p role="alert" class="error">{status.text}</p>;
  return null;
}
