import { useState } from 'preact/hooks';
import type { ContactEntry } from '../../lib/schema';
import { deleteContactEntry, frenchDate } from '../../lib/partnership';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { DECISION_LABELS } from './BilanForm';
import { KIND_LABELS } from './ContactLogForm';

const SHOWN = 5;

interface ContactLogListProps {
  entries: readonly ContactEntry[];
  partnerName: string;
}

/** The dated log, most recent first (five, then all on demand). */
export function ContactLogList({ entries, partnerName }: ContactLogListProps) {
  const db = useDb();
  const [all, setAll] = useState(false);
  if (entries.length === 0) return null;
  const shown = all ? entries : entries.slice(0, SHOWN);
  return (
    <>
      <ul class="plain contact-log" aria-label={t('followLogListLabel', partnerName)}>
        {shown.map((entry) => (
          <li key={entry.id} class="contact-log__entry">
            <strong>{frenchDate(entry.date)}</strong> — {t(KIND_LABELS[entry.kind])}
            {entry.bilan && <span> ({t(DECISION_LABELS[entry.bilan.decision])})</span>}
            {entry.note && <p class="note__text">{entry.note}</p>}
            {entry.bilan?.worked && <p class="note__text">{t('fieldLabel', t('followBilanWorked'))} {entry.bilan.worked}</p>}
            {entry.bilan?.change && <p class="note__text">{t('fieldLabel', t('followBilanChange'))} {entry.bilan.change}</p>}
            <button type="button" class="link-button" aria-label={t('followLogDelete', frenchDate(entry.date))} onClick={() => void deleteContactEntry(db, entry.id)}>
              {t('notesDelete')}
            </button>
          </li>
        ))}
      </ul>
      {entries.length > SHOWN && (
        <button type="button" class="link-button" onClick={() => setAll(!all)}>{all ? t('followLogFewer') : t('followLogAll', entries.length)}</button>
      )}
    </>
  );
}
