import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { contactsOf, type StoredPartner } from '../../lib/db';
import { CONTACT_KINDS, type ContactKind } from '../../lib/schema';
import { logContact } from '../../lib/partnership';
import { t, type MessageKey } from '../../lib/i18n';
import { useDb } from '../db-context';
import { PersonDataWarning } from './PersonDataWarning';
import { reasonText } from '../../lib/schema/reason';

export const KIND_LABELS: Record<ContactKind, MessageKey> = {
  appel: 'followKindCall',
  courriel: 'followKindEmail',
  rencontre: 'followKindMeeting',
  reunion: 'followKindPartnerMeeting',
  orientation: 'followKindOrientation',
  bilan: 'followKindBilan',
};

type PersonCheck = typeof import('../../lib/partnership/person-data');
let personCheck: Promise<PersonCheck> | undefined;
/** The person-data check (phone metadata: ~160 KB) is a chunk of its own, loaded when the form shows. */
const loadPersonCheck = () => (personCheck ??= import('../../lib/partnership/person-data'));

interface ContactLogFormProps {
  partner: StoredPartner;
  today: string;
}

/** « Noter un contact »: kind, day (today by default) and a short note about the partnership. */
export function ContactLogForm({ partner, today }: ContactLogFormProps) {
  const db = useDb();
  const ownContacts = useLiveQuery(() => contactsOf(db, partner.id), [db, partner.id]);
  const [kind, setKind] = useState<ContactKind>('appel');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const prefix = `contact-log-${partner.id}`;

  const [check, setCheck] = useState<PersonCheck>();
  useEffect(() => void loadPersonCheck().then(setCheck), []);
  const findingsIn = (module: PersonCheck) => module.personDataIn(note, module.partnerContext([partner], ownContacts ?? [], Number(today.slice(0, 4))));
  // Checked as the note is typed: the warning shows at once, and saving waits for a confirmation.
  const findings = useMemo(() => (check ? findingsIn(check) : []), [check, note, partner, ownContacts, today]);

  async function save(confirmed: boolean) {
    // Saved before the check had loaded: it runs first, and the warning shows instead of saving.
    if (!confirmed && findingsIn(check ?? (await loadPersonCheck())).length > 0) return setCheck(await loadPersonCheck());
    const { problem } = await logContact(db, { partnerId: partner.id, kind, date, note }, { partnerName: partner.nom });
    if (problem) return setError(t('followFieldError', t(problem.field === 'date' ? 'followDate' : 'followNote'), reasonText(problem.message)));
    setNote('');
    setError('');
    setMessage(t('followLogged', t(KIND_LABELS[kind]), date.split('-').reverse().join('/')));
  }

  return (
    <form class="own-form contact-log-form" aria-label={t('followLogTitle')} onSubmit={(event) => { event.preventDefault(); void save(false); }}>
      <h4>{t('followLogTitle')}</h4>
      <div class="form-row">
        <p>
          <label for={`${prefix}-kind`}>{t('followKind')}</label>
          <select id={`${prefix}-kind`} value={kind} onChange={(event) => setKind((event.target as HTMLSelectElement).value as ContactKind)}>
            {CONTACT_KINDS.filter((k) => k !== 'bilan').map((k) => <option key={k} value={k}>{t(KIND_LABELS[k])}</option>)}
          </select>
        </p>
        <p>
          <label for={`${prefix}-date`}>{t('followDate')}</label>
          <input id={`${prefix}-date`} type="date" required value={date} onInput={(event) => setDate((event.target as HTMLInputElement).value)} />
        </p>
      </div>
      <p>
        <label for={`${prefix}-note`}>{t('followNote')}</label>
        <textarea id={`${prefix}-note`} rows={2} maxLength={2000} aria-describedby={`${prefix}-help`} value={note}
          onInput={(event) => setNote((event.target as HTMLTextAreaElement).value)} />
        <span id={`${prefix}-help`} class="muted field-help">{t('followNoteHelp')}</span>
      </p>
      {findings.length > 0 ? (
        <PersonDataWarning findings={findings} onConfirm={() => void save(true)} onEdit={() => document.getElementById(`${prefix}-note`)?.focus()} />
      ) : (
        <button type="submit">{t('followLogSave')}</button>
      )}
      {error && <p role="alert" class="error">{error}</p>}
      <p role="status" class="muted">{message}</p>
    </form>
  );
}
