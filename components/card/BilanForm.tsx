import { useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { BILAN_DECISIONS, type Bilan } from '../../lib/schema';
import { logContact } from '../../lib/partnership';
import { t, type MessageKey } from '../../lib/i18n';
import { useDb } from '../db-context';
import { reasonText } from '../../lib/schema/reason';

export const DECISION_LABELS: Record<Bilan['decision'], MessageKey> = { renouveler: 'followDecisionRenew', modifier: 'followDecisionChange', arreter: 'followDecisionStop' };

interface BilanFormProps {
  partner: StoredPartner;
  today: string;
}

/** The convention's yearly review, kept in the contact log as a « bilan » entry. */
export function BilanForm({ partner, today }: BilanFormProps) {
  const db = useDb();
  const [worked, setWorked] = useState('');
  const [change, setChange] = useState('');
  const [decision, setDecision] = useState<Bilan['decision']>('renouveler');
  const [message, setMessage] = useState('');
  const prefix = `bilan-${partner.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    const { problem } = await logContact(db, { partnerId: partner.id, date: today, kind: 'bilan', bilan: { worked, change, decision } }, { partnerName: partner.nom });
    if (problem) return setMessage(reasonText(problem.message));
    setWorked('');
    setChange('');
    setMessage(t('followBilanSaved'));
  }

  return (
    <details class="partnership__details">
      <summary>{t('followBilanTitle')}</summary>
      <form class="own-form" onSubmit={(event) => void submit(event)}>
        <p>
          <label for={`${prefix}-worked`}>{t('followBilanWorked')}</label>
          <textarea id={`${prefix}-worked`} rows={2} value={worked} onInput={(event) => setWorked((event.target as HTMLTextAreaElement).value)} />
        </p>
        <p>
          <label for={`${prefix}-change`}>{t('followBilanChange')}</label>
          <textarea id={`${prefix}-change`} rows={2} value={change} onInput={(event) => setChange((event.target as HTMLTextAreaElement).value)} />
        </p>
        <fieldset>
          <legend>{t('followBilanDecision')}</legend>
          {BILAN_DECISIONS.map((value) => (
            <label key={value} class="choice">
              <input type="radio" name={`${prefix}-decision`} value={value} checked={decision === value} onChange={() => setDecision(value)} /> {t(DECISION_LABELS[value])}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('followBilanSave')}</button>
        <span role="status" class="muted"> {message}</span>
      </form>
    </details>
  );
}
