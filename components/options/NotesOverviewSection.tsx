import { useState } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteContact, deleteNote, getPartner } from '../../lib/db';
import { formatNumber, t } from '../../lib/i18n';

/** Partners shown at first: a restore of 20,000 notes must not render them all on the page's thread. */
const PAGE = 100;

function byPartner<T extends { partnerId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.partnerId);
    if (group) group.push(item);
    else groups.set(item.partnerId, [item]);
  }
  return groups;
}
import { useDb } from '../db-context';

/**
 * Every note and contact the counsellor keeps, by partner — including those whose partner left
 * the directory, which stay here marked "partenaire absent de l'annuaire" until deleted.
 */
export function NotesOverviewSection() {
  const db = useDb();
  const [shown, setShown] = useState(PAGE);
  const rows = useLiveQuery(async () => {
    const [notes, contacts] = await Promise.all([db.notes.toArray(), db.contacts.toArray()]);
    // Grouped once (a filter per partner was quadratic: seconds at 20,000 notes).
    const notesOf = byPartner(notes);
    const contactsOf = byPartner(contacts);
    const ids = [...new Set([...notesOf.keys(), ...contactsOf.keys()])];
    const partners = await Promise.all(ids.map(async (id) => [id, (await getPartner(db, id))?.nom] as const));
    return partners
      .map(([id, name]) => ({ id, name, notes: notesOf.get(id) ?? [], contacts: contactsOf.get(id) ?? [] }))
      .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'fr'));
  }, [db]);

  return (
    <section aria-labelledby="notes-overview-title" id="notes-overview">
      <h2 id="notes-overview-title">{t('notesOverviewTitle')}</h2>
      {rows && rows.length === 0 && <p class="muted">{t('notesOverviewEmpty')}</p>}
      <ul class="plain">
        {rows?.slice(0, shown).map((row) => (
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
      {rows && rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE * 10)}>
          {t('notesOverviewMore', formatNumber(Math.min(shown, rows.length)), formatNumber(rows.length))}
        </button>
      )}
    </section>
  );
}
