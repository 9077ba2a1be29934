import { useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { deleteContact, deleteNote, getPartners } from '../../lib/db';
import { formatNumber, t, tn } from '../../lib/i18n';
import type { Note, OwnContact } from '../../lib/schema';
import { useDb } from '../db-context';

/** Partners shown at first and added by « Afficher plus »: the page renders a bounded list. */
const PAGE = 100;
/** Notes shown per partner before « Afficher les N autres notes », most recent first. */
const NOTES_SHOWN = 5;

function groupBy<T extends { partnerId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.partnerId);
    if (group) group.push(item);
    else groups.set(item.partnerId, [item]);
  }
  return groups;
}

interface Row {
  id: string;
  name?: string;
  notes: Note[];
  contacts: OwnContact[];
}

/**
 * Every note and contact the counsellor keeps, by partner — including those whose partner left
 * the directory, which stay here marked "partenaire absent de l'annuaire" until deleted.
 * Only the distinct partner ids of all notes are read; the notes themselves are read for the
 * partners on screen, so a restore of 20,000 notes never blocks the page.
 */
export function NotesOverviewSection() {
  const db = useDb();
  const [shown, setShown] = useState(PAGE);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const overview = useLiveQuery(async () => {
    // Distinct partner ids only: reading every note's key would make Dexie track 20,000 keys.
    const [noteIds, contactIds] = await Promise.all([db.notes.orderBy('partnerId').uniqueKeys(), db.contacts.orderBy('partnerId').uniqueKeys()]);
    const ids = [...new Set([...noteIds, ...contactIds].map(String))];
    const partners = await getPartners(db, ids);
    const all = ids
      .map((id) => ({ id, name: partners.get(id)?.nom }))
      .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'fr'));
    const page = all.slice(0, shown);
    const pageIds = page.map((row) => row.id);
    const [notes, contacts] = await Promise.all([db.notes.where('partnerId').anyOf(pageIds).toArray(), db.contacts.where('partnerId').anyOf(pageIds).toArray()]);
    const notesOf = groupBy(notes);
    const contactsOf = groupBy(contacts);
    const rows: Row[] = page.map(({ id, name }) => ({
      id,
      name,
      notes: (notesOf.get(id) ?? []).sort((a, b) => b.updatedAt - a.updatedAt),
      contacts: (contactsOf.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    }));
    return { rows, total: all.length };
  }, [db, shown]);

  const rows = overview?.rows;
  return (
    <section aria-labelledby="notes-overview-title" id="notes-overview">
      <h2 id="notes-overview-title">{t('notesOverviewTitle')}</h2>
      {overview && overview.total === 0 && <p class="muted">{t('notesOverviewEmpty')}</p>}
      <ul class="plain">
        {rows?.map((row) => {
          const all = expanded.has(row.id);
          const notes = all ? row.notes : row.notes.slice(0, NOTES_SHOWN);
          const hidden = row.notes.length - notes.length;
          return (
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
                {notes.map((n) => (
                  <li key={n.id} class="note__text">
                    {n.text}{' '}
                    {!row.name && <button type="button" class="link-button" onClick={() => void deleteNote(db, n.id)}>{t('notesDelete')}</button>}
                  </li>
                ))}
              </ul>
              {(hidden > 0 || all) && row.notes.length > NOTES_SHOWN && (
                <button
                  type="button"
                  class="link-button notes-overview__more"
                  aria-expanded={all}
                  onClick={() => {
                    const next = new Set(expanded);
                    if (all) next.delete(row.id);
                    else next.add(row.id);
                    setExpanded(next);
                  }}
                >
                  {all ? t('notesOverviewFewerNotes') : tn(hidden, 'notesOverviewMoreNotesOne', 'notesOverviewMoreNotesOther')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {overview && overview.total > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('notesOverviewMore', formatNumber(shown), formatNumber(overview.total))}
        </button>
      )}
    </section>
  );
}
