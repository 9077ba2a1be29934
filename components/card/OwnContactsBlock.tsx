import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { contactsOf, deleteContact } from '../../lib/db';
import { mailtoHref, telHref } from '../../lib/contact';
import type { OwnContact } from '../../lib/schema';
import { formatIsoDay, t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { OwnContactForm } from './OwnContactForm';
import { SafeLink } from '../SafeLink';

interface OwnContactsBlockProps {
  partnerId: string;
}

const longDate = formatIsoDay;

/** The people the counsellor deals with at this partner, with their own phone and e-mail. */
export function OwnContactsBlock({ partnerId }: OwnContactsBlockProps) {
  const db = useDb();
  const contacts = useLiveQuery(() => contactsOf(db, partnerId), [db, partnerId]);
  const [editing, setEditing] = useState<OwnContact | 'new' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const formWasOpen = useRef(false);
  // The form goes away: the add button takes the focus in the same commit, so it never falls to <body>.
  useLayoutEffect(() => {
    if (formWasOpen.current && !editing) addButton.current?.focus();
    formWasOpen.current = editing !== null;
  }, [editing]);

  function done() {
    setEditing(null);
  }

  function remove(id: string) {
    // The pressed button is about to go: the keyboard goes on from the add button.
    addButton.current?.focus();
    void deleteContact(db, id);
  }

  return (
    <section class="card__section own-contacts" aria-labelledby={`own-contacts-title-${partnerId}`}>
      <h3 id={`own-contacts-title-${partnerId}`}>{t('ownContactsTitle')}</h3>
      {contacts && contacts.length > 0 && (
        <ul class="plain">
          {contacts.map((contact) => (
            <li key={contact.id} class="own-contact">
              <strong>{contact.name}</strong>
              {contact.role && <span class="muted"> — {contact.role}</span>}
              <span class="links">
                {' '}
                {contact.phone && <SafeLink href={telHref(contact.phone)}>☎ {contact.phone}</SafeLink>}
                {contact.email && <SafeLink href={mailtoHref(contact.email)}>✉ {contact.email}</SafeLink>}
              </span>
              {contact.lastContact && <span class="muted"> {t('ownContactLastShown', longDate(contact.lastContact))}</span>}{' '}
              <button type="button" class="link-button" onClick={() => setEditing(contact)} aria-label={t('ownContactEditNamed', contact.name)}>
                {t('notesEdit')}
              </button>{' '}
              <button type="button" class="link-button" onClick={() => remove(contact.id)} aria-label={t('ownContactDeleteNamed', contact.name)}>
                {t('notesDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <OwnContactForm partnerId={partnerId} contact={editing === 'new' ? undefined : editing} onDone={done} />
      ) : (
        <button type="button" ref={addButton} onClick={() => setEditing('new')}>{t('ownContactAdd')}</button>
      )}
    </section>
  );
}
