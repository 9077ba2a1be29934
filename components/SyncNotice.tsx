import { useSyncStatus } from './use-settings';

/** Says, in French, when a value is kept on this computer only because sync storage is full. */
export function SyncNotice({ name }: { name: 'favourites' | 'settings' }) {
  const message = useSyncStatus()[name];
  return message ? <p role="status" class="warning">{message}</p> : null;
}
