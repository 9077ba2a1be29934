import { useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { deleteNote, notesOf, saveNote } from '../../lib/db';
import { formatDate, t } from '../../lib/i18n';
import { useDb } from '../db-context';

interface NotesBlockProps {
  partnerId: string;
}

const day = (ms: number) => formatDate(ms);

/** The counsellor's free notes on a partner: read, add, edit, delete. Kept on this computer. */
export function NotesBlock({ partnerId }: NotesBlockProps) {
  const db = useDb();
  const notes = useLiveQuery(() => notesOf(db, partnerId), [db, partnerId]);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');
  const fieldId = `note-input-${partnerId}`;

  async function submit(event: Event) {
    event.preventDefault();
    const { problem } = await saveNote(db, { partnerId, text: draft, id: editing ?? undefined });
    if (problem) return setError(t('notesEmptyError'));
    setDraft('');
    setEditing(null);
    setError('');
  }

  /** The button pressed is going (a deleted note, a cancelled edit): the keyboard goes on in the note field. */
  const refocus = () => document.getElementById(fieldId)?.focus();

  function edit(id: string, text: string) {
    setEditing(id);
    setDraft(text);
    document.getElementById(fieldId)?.focus();
  }

  return (
    <section class="card__section own-notes" aria-labelledby={`notes-title-${partnerId}`}>
      <h3 id={`notes-title-${partnerId}`}>{t('notesTitle')}</h3>
      {notes && notes.length > 0 && (
        <ul class="plain">
          {notes.map((note) => (
            <li key={note.id} class="note">
              <p class="note__text">{note.text}</p>
              <span class="muted">{t('notesUpdated', day(note.updatedAt))}</span>{' '}
              <button type="button" class="link-button" onClick={() => edit(note.id, note.text)}>{t('notesEdit')}</button>{' '}
              <button type="button" class="link-button" onClick={() => { refocus(); void deleteNote(db, note.id); }}>{t('notesDelete')}</button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <label for={fieldId}>{editing ? t('notesEditLabel') : t('notesAddLabel')}</label>
        <textarea id={fieldId} rows={2} value={draft} onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)} />
        <button type="submit">{t('notesSave')}</button>{' '}
        {editing && <button type="button" onClick={() => { setEditing(null); setDraft(''); refocus(); }}>{t('ownCancel')}</button>}
        {error && <p role="alert" class="error">{error}</p>}
      </form>
    </section>
  );
}
