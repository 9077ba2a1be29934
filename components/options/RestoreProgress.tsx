import type { RestorePhase } from '../../lib/backup/worker-protocol';
import { t, type MessageKey } from '../../lib/i18n';

const PHASES: Record<RestorePhase, MessageKey> = {
  read: 'backupPhaseRead',
  check: 'backupPhaseCheck',
  compare: 'backupPhaseCompare',
  store: 'backupPhaseStore',
};
const ORDER: RestorePhase[] = ['read', 'check', 'compare', 'store'];

/** Where a restore is, while the worker reads, checks, compares and writes. */
export function RestoreProgress({ phase }: { phase: RestorePhase }) {
  return (
    <p class="restore-progress" role="status">
      <progress id="restore-progress" max={ORDER.length} value={ORDER.indexOf(phase) + 1} aria-label={t('backupProgressLabel')} />{' '}
      <span>{t(PHASES[phase])}</span>
    </p>
  );
}
