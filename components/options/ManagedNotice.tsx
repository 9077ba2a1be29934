import { t } from '../../lib/i18n';
import { useManagedState } from '../use-settings';

/** What was wrong in the structure's policy, in French, at the top of the options page. */
export function ManagedNotice() {
  const managed = useManagedState();
  if (!managed || managed.problems.length === 0) return null;
  return (
    <div role="alert" class="error managed-problems" id="managed-problems">
      <p>{t('managedProblemsTitle')}</p>
      <ul>
        {managed.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

/** The small mark next to what the structure set: « géré par votre structure » or « proposé par votre structure ». */
export function ManagedMark({ locked }: { locked: boolean }) {
  return <span class="managed-mark"> — {t(locked ? 'managedBadge' : 'managedProposed')}</span>;
}
