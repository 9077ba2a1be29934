import { useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { DEFAULT_RELANCE_MONTHS, type Partnership } from '../../lib/schema';
import { savePartnership } from '../../lib/partnership';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { reasonText } from '../../lib/schema/reason';

interface FollowUpSettingsProps {
  partner: StoredPartner;
  partnership: Partnership | undefined;
}

/** The relance delay for this partner and the next planned contact. */
export function FollowUpSettings({ partner, partnership }: FollowUpSettingsProps) {
  const db = useDb();
  const [months, setMonths] = useState(String(partnership?.relanceMonths ?? DEFAULT_RELANCE_MONTHS));
  const [next, setNext] = useState(partnership?.nextContact ?? '');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const prefix = `follow-settings-${partner.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    const { problem } = await savePartnership(db, { partnerId: partner.id, partnerName: partner.nom, relanceMonths: months, nextContact: next });
    if (problem) {
      setMessage('');
      return setError(t('followFieldError', t(problem.field === 'relanceMonths' ? 'followRelanceMonths' : 'followNextContact'), reasonText(problem.message)));
    }
    setError('');
    setMessage(t('followSaved'));
  }

  return (
    <details class="partnership__details">
      <summary>{t('followSettingsTitle')}</summary>
      <form class="own-form" onSubmit={(event) => void submit(event)}>
        <div class="form-row">
          <p>
            <label for={`${prefix}-months`}>{t('followRelanceMonths')}</label>
            <input id={`${prefix}-months`} type="number" min={1} max={36} value={months} aria-invalid={error.includes(t('followRelanceMonths'))}
              onInput={(event) => setMonths((event.target as HTMLInputElement).value)} />
          </p>
          <p>
            <label for={`${prefix}-next`}>{t('followNextContact')}</label>
            <input id={`${prefix}-next`} type="date" value={next} onInput={(event) => setNext((event.target as HTMLInputElement).value)} />
          </p>
        </div>
        <button type="submit">{t('followSave')}</button>
        {error && <p role="alert" class="error">{error}</p>}
        <span role="status" class="muted"> {message}</span>
      </form>
    </details>
  );
}
