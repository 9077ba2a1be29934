import { useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { deleteOwnPartner, listOwnPartners, type StoredPartner } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { OwnPartnerForm } from './OwnPartnerForm';
import { focusSoon } from '../focus';

/** Partners the directory lacks, created by the counsellor; no import ever replaces them. */
export function OwnPartnersSection() {
  const db = useDb();
  const partners = useLiveQuery(() => listOwnPartners(db), [db]);
  const [editing, setEditing] = useState<StoredPartner | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  async function remove(partner: StoredPartner) {
    await deleteOwnPartner(db, partner.id);
    setStatus(t('ownPartnerDeleted', partner.nom));
    // Its buttons are gone with it: the keyboard carries on from the message.
    statusRef.current?.focus();
  }

  function done(savedName?: string) {
    setEditing(null);
    setStatus(savedName ? t('ownPartnerSaved', savedName) : '');
    // The form is gone: saved, the keyboard goes on from the message that says so; cancelled,
    // back to the button that opened it.
    focusSoon(savedName ? 'own-partners-status' : 'own-partner-create');
  }

  function create() {
    setEditing('new');
    // Straight into the form's first field.
    focusSoon('own-nom');
  }

  return (
    <section aria-labelledby="own-partners-title" id="own-partners">
      <h2 id="own-partners-title">{t('ownPartnersTitle')}</h2>
      <p class="muted">{t('ownPartnersIntro')}</p>
      {partners && partners.length === 0 && !editing && <p class="muted">{t('ownPartnersEmpty')}</p>}
      <ul class="plain" id="own-partners-list">
        {partners?.map((partner) => (
          <li key={partner.id} class="own-partner">
            <span>{partner.nom}</span>
            {partner.commune && <span class="muted"> — {partner.commune}</span>}{' '}
            <button type="button" class="link-button" onClick={() => setEditing(partner)} aria-label={t('ownPartnerEditTitle', partner.nom)}>{t('notesEdit')}</button>{' '}
            <button type="button" class="link-button" onClick={() => void remove(partner)} aria-label={t('ownPartnerDelete', partner.nom)}>{t('notesDelete')}</button>
          </li>
        ))}
      </ul>
      <p role="status" class="muted" id="own-partners-status" tabIndex={-1} ref={statusRef}>{status}</p>
      {editing ? (
        <OwnPartnerForm key={editing === 'new' ? 'new' : editing.id} partner={editing === 'new' ? undefined : editing} onDone={done} />
      ) : (
        <button type="button" id="own-partner-create" onClick={create}>{t('ownPartnerCreate')}</button>
      )}
    </section>
  );
}
