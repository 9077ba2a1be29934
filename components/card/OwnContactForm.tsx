import { useLayoutEffect, useState } from 'preact/hooks';
import { saveContact, type FieldProblem } from '../../lib/db';
import type { OwnContact } from '../../lib/schema';
import { t, type MessageKey } from '../../lib/i18n';
import { useDb } from '../db-context';
import { reasonText } from '../../lib/schema/reason';

interface OwnContactFormProps {
  partnerId: string;
  contact?: OwnContact;
  onDone: () => void;
}

const FIELDS: { name: 'name' | 'role' | 'phone' | 'email' | 'lastContact'; label: MessageKey; type: 'text' | 'tel' | 'email' | 'date' }[] = [
  { name: 'name', label: 'ownContactName', type: 'text' },
  { name: 'role', label: 'ownContactRole', type: 'text' },
  { name: 'phone', label: 'ownContactPhone', type: 'tel' },
  { name: 'email', label: 'ownContactEmail', type: 'email' },
  { name: 'lastContact', label: 'ownContactLast', type: 'date' },
];

/** Adds or edits a named contact; the first field at fault is named and focused. */
export function OwnContactForm({ partnerId, contact, onDone }: OwnContactFormProps) {
  const db = useDb();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map((f) => [f.name, (contact?.[f.name] as string | null | undefined) ?? ''])),
  );
  const [problem, setProblem] = useState<FieldProblem>();
  const idOf = (field: string) => `contact-${partnerId}-${field}`;
  // The button that opened the form is gone: the keyboard goes on in the form's first field.
  useLayoutEffect(() => document.getElementById(idOf('name'))?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    const result = await saveContact(db, { ...values, id: contact?.id, partnerId } as Parameters<typeof saveContact>[1]);
    if (result.problem) {
      setProblem(result.problem);
      document.getElementById(idOf(result.problem.field))?.focus();
      return;
    }
    onDone();
  }

  const label = (field: string) => t(FIELDS.find((f) => f.name === field)?.label ?? 'ownContactName');
  return (
    <form class="own-form" noValidate onSubmit={(event) => void submit(event)} aria-label={contact ? t('ownContactEditTitle') : t('ownContactAddTitle')}>
      {FIELDS.map((field) => (
        <p key={field.name}>
          <label for={idOf(field.name)}>{t(field.label)}</label>
          <input
            id={idOf(field.name)}
            type={field.type as 'text'}
            value={values[field.name]}
            aria-invalid={problem?.field === field.name}
            onInput={(event) => setValues({ ...values, [field.name]: (event.target as HTMLInputElement).value })}
          />
        </p>
      ))}
      {problem && <p role="alert" class="error">{t('ownFieldError', label(problem.field), reasonText(problem.message))}</p>}
      <button type="submit">{t('ownContactSave')}</button>{' '}
      <button type="button" onClick={onDone}>{t('ownCancel')}</button>
    </form>
  );
}
