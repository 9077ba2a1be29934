import { useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import type { Convention, Partnership } from '../../lib/schema';
import { savePartnership } from '../../lib/partnership';
import { t, type MessageKey } from '../../lib/i18n';
import { useDb } from '../db-context';
import { reasonText } from '../../lib/schema/reason';

type Field = keyof Convention;
const FIELDS: { name: Field; label: MessageKey; kind: 'text' | 'date' | 'long' }[] = [
  { name: 'objet', label: 'followConvObject', kind: 'text' },
  { name: 'engagementsStructure', label: 'followConvOurs', kind: 'long' },
  { name: 'engagementsPartenaire', label: 'followConvTheirs', kind: 'long' },
  { name: 'debut', label: 'followConvStart', kind: 'date' },
  { name: 'fin', label: 'followConvEnd', kind: 'date' },
  { name: 'planAction', label: 'followConvPlan', kind: 'long' },
  { name: 'modalitesSuivi', label: 'followConvFollowUp', kind: 'long' },
  { name: 'prochainBilan', label: 'followConvNextReview', kind: 'date' },
  { name: 'document', label: 'followConvDocument', kind: 'text' },
];

interface ConventionFormProps {
  partner: StoredPartner;
  partnership: Partnership | undefined;
}

/** The convention's terms: object, each side's commitments, dates, action plan, follow-up, document. */
export function ConventionForm({ partner, partnership }: ConventionFormProps) {
  const db = useDb();
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f.name, partnership?.convention?.[f.name] ?? ''])) as Record<Field, string>,
  );
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [message, setMessage] = useState('');
  const id = (name: string) => `convention-${name}-${partner.id}`;
  const end = partnership?.convention?.fin;

  async function submit(event: Event) {
    event.preventDefault();
    const result = await savePartnership(db, { partnerId: partner.id, partnerName: partner.nom, status: 'convention', convention: values });
    setProblem(result.problem ?? null);
    setMessage(result.problem ? '' : t('followSaved'));
  }
  const fieldName = problem?.field.replace(/^convention\./, '');
  const label = FIELDS.find((f) => f.name === fieldName)?.label;

  return (
    <details class="partnership__details" open={!end}>
      <summary>{end ? t('followConvTitleEnds', end.split('-').reverse().join('/')) : t('followConvTitle')}</summary>
      <form class="own-form" noValidate onSubmit={(event) => void submit(event)}>
        {FIELDS.map((field) => (
          <p key={field.name}>
            <label for={id(field.name)}>{t(field.label)}</label>
            {field.kind === 'long' ? (
              <textarea id={id(field.name)} rows={2} value={values[field.name]} onInput={(event) => setValues({ ...values, [field.name]: (event.target as HTMLTextAreaElement).value })} />
            ) : (
              <input id={id(field.name)} type={field.kind as 'text'} value={values[field.name]} aria-invalid={fieldName === field.name}
                onInput={(event) => setValues({ ...values, [field.name]: (event.target as HTMLInputElement).value })} />
            )}
          </p>
        ))}
        <button type="submit">{t('followConvSave')}</button>
        {problem && <p role="alert" class="error">{t('followFieldError', label ? t(label) : problem.field, reasonText(problem.message))}</p>}
        <span role="status" class="muted"> {message}</span>
      </form>
    </details>
  );
}
