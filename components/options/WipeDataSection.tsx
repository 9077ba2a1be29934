import { useEffect, useRef, useState } from 'preact/hooks';
import { wipeUserData } from '../../lib/backup';
import { saveSettings } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messages';
import type { SiteStatus } from '../../lib/case-file/background-case';
import { useDb } from '../db-context';

/**
 * Erasing everything the counsellor owns (the warning lists it all, the enabled case-management
 * sites included): apart from the rest, last on the page, asked twice.
 */
export function WipeDataSection() {
  const db = useDb();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The question replaces its button: the keyboard lands on the safe answer (keep my data), so
  // an Enter pressed twice by habit never erases anything.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  async function wipe() {
    await wipeUserData(db);
    await saveSettings({ territory: [] });
    // The case-management sites too: their scripts are unregistered and their access given back.
    const sites = ((await sendMessage({ type: 'case:list-sites' }).catch(() => [])) ?? []) as SiteStatus[];
    for (const site of sites) await sendMessage({ type: 'case:disable-site', origin: site.origin }).catch(() => undefined);
    setConfirming(false);
    setStatus(t('backupWiped'));
    // The buttons are gone: the keyboard carries on from the message that says what happened.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => askRef.current?.focus());
  }

  return (
    <section aria-labelledby="wipe-title" id="wipe" class="danger-zone">
      <h2 id="wipe-title">{t('optWipeTitle')}</h2>
      {!confirming && (
        <button type="button" class="danger" id="backup-wipe" ref={askRef} onClick={() => setConfirming(true)}>
          {t('backupWipe')}
        </button>
      )}
      {confirming && (
        <p role="group" aria-label={t('backupWipe')}>
          <span class="warning">{t('backupWipeWarning')}</span>{' '}
          <button type="button" class="danger" onClick={() => void wipe()}>{t('backupWipeConfirm')}</button>{' '}
          <button type="button" id="backup-wipe-cancel" ref={cancelRef} onClick={cancel}>{t('ownCancel')}</button>
        </p>
      )}
      <p role="status" tabIndex={-1} ref={statusRef}>{status}</p>
    </section>
  );
}
