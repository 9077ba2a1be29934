import { useState } from 'preact/hooks';
import { saveOwnPartner, type FieldProblem, type StoredPartner } from '../../lib/db';
import { RESEAUX_PORTEURS, THEMATIQUES, displayEntries, type TaxonomyEntry } from '../../lib/taxonomy';
import { t, type MessageKey } from '../../lib/i18n';
import { translateFrench } from '../../lib/i18n-french';
import { useDb } from '../db-context';
import { HoursEditor } from './HoursEditor';

interface OwnPartnerFormProps {
  partner?: StoredPartner;
  onDone: (savedName?: string) => void;
}

interface Field {
  name: string;
  label: MessageKey;
  kind?: 'textarea' | 'select' | 'hours';
  list?: readonly TaxonomyEntry[];
  type?: string;
}

/** The same fields an imported partner has (a structure and one service), checked the same way. */
const FIELDS: Field[] = [
  { name: 'nom', label: 'ownFieldName' },
  { name: 'reseaux_porteurs', label: 'ownFieldNetwork', kind: 'select', list: RESEAUX_PORTEURS },
  { name: 'description', label: 'ownFieldDescription', kind: 'textarea' },
  { name: 'telephone', label: 'ownFieldPhone', type: 'tel' },
  { name: 'courriel', label: 'ownFieldEmail', type: 'email' },
  { name: 'site_web', label: 'ownFieldWebsite', type: 'url' },
  { name: 'adresse', label: 'ownFieldAddress' },
  { name: 'code_postal', label: 'ownFieldPostcode' },
  { name: 'commune', label: 'ownFieldCommune' },
  { name: 'horaires_accueil', label: 'ownFieldHours', kind: 'hours' },
  { name: 'service.nom', label: 'ownFieldServiceName' },
  { name: 'service.description', label: 'ownFieldServiceDescription', kind: 'textarea' },
  { name: 'service.thematiques', label: 'ownFieldServiceTheme', kind: 'select', list: displayEntries('thematique', THEMATIQUES) },
  { name: 'service.contact_nom_prenom', label: 'ownFieldServiceContact' },
];
const LISTS = new Set(['reseaux_porteurs', 'service.thematiques']);

function initialValues(partner?: StoredPartner): Record<string, string> {
  const service = partner?.services[0] as Record<string, unknown> | undefined;
  return Object.fromEntries(
    FIELDS.map(({ name }) => {
      const [from, key] = name.startsWith('service.') ? [service, name.slice(8)] : [partner as Record<string, unknown> | undefined, name];
      const value = from?.[key];
      return [name, Array.isArray(value) ? String(value[0] ?? '') : value == null ? '' : String(value)];
    }),
  );
}

export function OwnPartnerForm({ partner, onDone }: OwnPartnerFormProps) {
  const db = useDb();
  const [values, setValues] = useState(() => initialValues(partner));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const idOf = (name: string) => `own-${name.replace('.', '-')}`;

  async function submit(event: Event) {
    event.preventDefault();
    const input: Record<string, unknown> = { id: partner?.id, service: {} };
    for (const [name, value] of Object.entries(values)) {
      const typed = LISTS.has(name) ? (value ? [value] : null) : value;
      if (name.startsWith('service.')) (input.service as Record<string, unknown>)[name.slice(8)] = typed;
      else input[name] = typed;
    }
    const result = await saveOwnPartner(db, input);
    setProblems(result.problems);
    if (result.problems.length > 0) return document.getElementById(idOf(result.problems[0].field))?.focus();
    onDone(result.partner?.nom);
  }

  const problemOf = (name: string) => problems.find((p) => p.field === name);
  const labelOf = (name: string) => t(FIELDS.find((f) => f.name === name)?.label ?? 'ownFieldName');
  return (
    <form class="own-form" id="own-partner-form" noValidate onSubmit={(event) => void submit(event)} aria-label={partner ? t('ownPartnerEditTitle', partner.nom) : t('ownPartnerNewTitle')}>
      {problems.length > 0 && (
        <div role="alert" class="error">
          <p>{t('ownPartnerInvalid')}</p>
          <ul>{problems.map((p) => <li key={p.field}>{t('ownFieldError', labelOf(p.field), translateFrench(p.message))}</li>)}</ul>
        </div>
      )}
      {FIELDS.map((field) => {
        const id = idOf(field.name);
        const problem = problemOf(field.name);
        const common = {
          id,
          value: values[field.name],
          'aria-invalid': Boolean(problem),
          'aria-describedby': problem ? `${id}-error` : undefined,
          onInput: (event: Event) => setValues({ ...values, [field.name]: (event.target as HTMLInputElement).value }),
        };
        return (
          field.kind === 'hours' ? (
            <fieldset key={field.name} class="own-form__hours" aria-invalid={Boolean(problem)} aria-describedby={problem ? `${id}-error` : undefined}>
              <legend>{t(field.label)}</legend>
              <HoursEditor id={id} value={values[field.name]} onChange={(text) => setValues((current) => ({ ...current, [field.name]: text }))} />
              {problem && <span id={`${id}-error`} class="error">{translateFrench(problem.message)}</span>}
            </fieldset>
          ) : (
          <p key={field.name}>
            <label for={id}>{t(field.label)}</label>
            {field.kind === 'textarea' && <textarea rows={2} {...common} />}
            {field.kind === 'select' && (
              <select {...common} onChange={common.onInput}>
                <option value="">—</option>
                {field.list!.map((entry) => <option key={entry.value} value={entry.value}>{entry.label}</option>)}
              </select>
            )}
            {!field.kind && <input type={(field.type ?? 'text') as 'text'} {...common} />}
            {problem && <span id={`${id}-error`} class="error">{translateFrench(problem.message)}</span>}
          </p>
          )
        );
      })}
      <button type="submit">{t('ownPartnerSave')}</button>{' '}
      <button type="button" onClick={() => onDone()}>{t('ownCancel')}</button>
    </form>
  );
}
