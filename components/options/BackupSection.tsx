import { useEffect, useState } from 'preact/hooks';
import { translateFrench } from '../../lib/i18n-french';
import { backupFileName, backupTooBig, exportBackup, MAX_BACKUP_BYTES } from '../../lib/backup';
import { loadSettings, saveSettings } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { RestorePreview } from './RestorePreview';
import { focusSoon } from '../focus';
import { RestoreProgress } from './RestoreProgress';
import { usePreviewWorker, type WorkerFactory } from '../use-preview-worker';
import type { RestoreWorkerResponse } from '../../lib/backup/worker-protocol';

/**
 * Export everything the counsellor owns to one file, or restore it with a preview (erasing lives
 * apart, in WipeDataSection). A restore is read, validated and written by a worker
 * (`createRestoreWorker`): the page stays live.
 */
export function BackupSection({ createRestoreWorker }: { createRestoreWorker: WorkerFactory }) {
  const db = useDb();
  // A file far over any backup's size is refused from its size: reading 1 GB would freeze and fail.
  const restoring = usePreviewWorker<RestoreWorkerResponse>(createRestoreWorker, { maxBytes: MAX_BACKUP_BYTES, tooBig: backupTooBig });
  const { state } = restoring;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

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

  function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    setStatus('');
    setError('');
    if (file) void restoring.choose(file);
    else restoring.reset();
  }

  // The worker's answers: a refusal, a failure, or the restore written (settings live in browser storage, saved here).
  useEffect(() => {
    if (state.kind === 'refused') {
      setError(t('backupRefused', state.fileName, translateFrench(state.error)));
      focusSoon('backup-error');
    }
    else if (state.kind === 'error') {
      setError(t('backupRestoreFailed', state.message));
      focusSoon('backup-error');
    }
    else if (state.kind === 'done') {
      void (async () => {
        if (state.settings) await saveSettings(state.settings);
        setStatus(t('backupRestored'));
        focusSoon('backup-status');
        restoring.reset();
      })();
    }
  }, [state]);

  return (
    <section aria-labelledby="backup-title" id="backup">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="muted">{t('backupIntro')}</p>
      <p>
        <button type="button" onClick={() => void download()}>{t('backupExport')}</button>
      </p>
      <p>
        <label for="restore-file">{t('backupRestoreLabel')}</label>{' '}
        <input id="restore-file" type="file" accept=".json,application/json" onChange={(event) => void choose(event.target as HTMLInputElement)} />
      </p>
      {state.kind === 'working' && <RestoreProgress phase={state.phase} />}
      {state.kind === 'preview' && (
        <RestorePreview preview={state.preview} held={state.held} heldTotal={state.heldTotal} fileName={state.fileName} onConfirm={restoring.apply} onCancel={() => { restoring.discard(); focusSoon('restore-file'); }} />
      )}
      {error && <p role="alert" class="error" id="backup-error" tabIndex={-1}>{error}</p>}
      <p role="status" id="backup-status" tabIndex={-1}>{status}</p>
    </section>
  );
}
