import { useRef, useState } from 'preact/hooks';
import { applyRestore, backupFileName, exportBackup, parseBackup, previewRestore, type Backup, type RestorePreview as Preview } from '../../lib/backup';
import { loadSettings, saveSettings } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { RestorePreview } from './RestorePreview';

interface Pending {
  backup: Backup;
  preview: Preview;
  fileName: string;
}

/** Export everything the counsellor owns to one file, or restore it with a preview (erasing lives apart, in WipeDataSection). */
export function BackupSection() {
  const db = useDb();
  const [pending, setPending] = useState<Pending>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  async function download() {
    const backup = await exportBackup(db, await loadSettings());
    const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = backupFileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(t('backupExported', link.download));
  }

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    setPending(undefined);
    setStatus('');
    setError('');
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.backup) return setError(t('backupRefused', file.name, parsed.error));
    setPending({ backup: parsed.backup, preview: await previewRestore(db, parsed.backup), fileName: file.name });
  }

  async function restore(backup: Backup) {
    try {
      const settings = await applyRestore(db, backup);
      if (settings) await saveSettings(settings);
      setStatus(t('backupRestored'));
    } catch (failure) {
      setError(t('backupRestoreFailed', failure instanceof Error ? failure.message : String(failure)));
    }
    setPending(undefined);
    // The preview and its buttons are gone: the keyboard carries on from the outcome.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function cancel() {
    setPending(undefined);
    requestAnimationFrame(() => fileRef.current?.focus());
  }

  return (
    <section aria-labelledby="backup-title" id="backup">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="muted">{t('backupIntro')}</p>
      <p>
        <button type="button" onClick={() => void download()}>{t('backupExport')}</button>
      </p>
      <p>
        <label for="restore-file">{t('backupRestoreLabel')}</label>{' '}
        <input id="restore-file" ref={fileRef} type="file" accept=".json,application/json" onChange={(event) => void choose(event.target as HTMLInputElement)} />
      </p>
      {pending && (
        <RestorePreview preview={pending.preview} fileName={pending.fileName} onConfirm={() => void restore(pending.backup)} onCancel={cancel} />
      )}
      {error && <p role="alert" class="error" tabIndex={-1}>{error}</p>}
      <p role="status" tabIndex={-1} ref={statusRef}>{status}</p>
    </section>
  );
}
