import { useLiveQuery } from 'dexie-react-hooks';
import { deleteContact, deleteNote, getPartner } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';

/**
 * Every note and contact the counsellor keeps, by partner — including those whose partner left
 * the directory, which stay here marked "partenaire absent de l'annuaire" until deleted.
 */
export function NotesOverviewSection() {
  const db = useDb();
  const rows = useLiveQuery(async () => {
    const [notes, contacts] = await Promise.all([db.notes.toArray(), db.contacts.toArray()]);
    const ids = [...new Set([...notes.map((n) => n.partnerId), ...contacts.map((c) => c.partnerId)])];
    const partners = await Promise.all(ids.map(async (id) => [id, (await getPartner(db, id))?.nom] as const));
    return partners
      .map(([id, name]) => ({ id, name, notes: notes.filter((n) => n.partnerId === id), contacts: contacts.filter((c) => c.partnerId === id) }))
      .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'fr'));
  }, [db]);

  return (
    <section aria-labelledby="notes-overview-title" id="notes-overview">
      <h2 id="notes-overview-title">{t('notesOverviewTitle')}</h2>
      {rows && rows.length === 0 && <p class="muted">{t('notesOverviewEmpty')}</p>}
      <ul class="plain">
        {rows?.map((row) => (
          <li key={row.id} class="notes-overview__partner">
            <h3>
              {row.name ?? row.id}
              {!row.name && <span class="muted"> — {t('partnerMissing')}</span>}
            </h3>
            <ul>
              {row.contacts.map((c) => (
                <li key={c.id}>
                  {t('notesOverviewContact', c.name)}{c.role ? ` (${c.role})` : ''}{' '}
                  {!row.name && <button type="button" class="link-button" onClick={() => void deleteContact(db, c.id)} aria-label={t('ownContactDeleteNamed', c.name)}>{t('notesDelete')}</button>}
                </li>
              ))}
              {row.notes.map((n) => (
                <li key={n.id} class="note__text">
                  {n.text}{' '}
                  {!row.name && <button type="button" class="link-button" onClick={() => void deleteNote(db, n.id)}>{t('notesDelete')}</button>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
