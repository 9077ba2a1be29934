import { useEffect, useState } from 'preact/hooks';
import { localDay } from '../../lib/partnership';
import { exportFollowUp } from '../../lib/partnership/sheet-data';
import { followUpFile } from '../../lib/partnership/sheet-file';
import type { SheetPhase, SheetWorkerResponse } from '../../lib/partnership/sheet-worker-protocol';
import { MAX_SHEET_FILE_BYTES, sheetTooBig } from '../../lib/partnership/sheet-limits';
import { t, type MessageKey } from '../../lib/i18n';
import { useDb } from '../db-context';
import { SpreadsheetPreview } from './SpreadsheetPreview';
import { SheetLimits } from './SheetLimits';
import { usePreviewWorker, type WorkerFactory } from '../use-preview-worker';
import { translateFrench } from '../../lib/i18n-french';

/** A file the worker has not answered for after this long is given up: the worker is stopped. */
export const SHEET_WORKER_TIMEOUT_MS = 60_000;

const PHASES: Record<SheetPhase, MessageKey> = {
  read: 'followSheetPhaseRead',
  check: 'followSheetPhaseCheck',
  compare: 'followSheetPhaseCompare',
  store: 'followSheetPhaseStore',
};
const ORDER: SheetPhase[] = ['read', 'check', 'compare', 'store'];

/**
 * The team's « tableau de suivi »: export for the meeting, import the file the team sends back.
 * The import is read, checked and written by a worker (`createSheetWorker`): the page stays live.
 */
export function SpreadsheetSection({ createSheetWorker }: { createSheetWorker: WorkerFactory }) {
  const db = useDb();
  // A file over the size cap is refused from its size alone (never read); otherwise its bytes go to the worker.
  const importing = usePreviewWorker<SheetWorkerResponse>(createSheetWorker, { maxBytes: MAX_SHEET_FILE_BYTES, tooBig: sheetTooBig, timeoutMs: SHEET_WORKER_TIMEOUT_MS });
  const { state } = importing;
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function download(format: 'xlsx' | 'csv-board' | 'csv-log') {
    setError('');
    const today = localDay(new Date());
    const file = await followUpFile(await exportFollowUp(db, today), format, today);
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(t('followSheetExported', file.name));
  }

  function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    setStatus('');
    setError('');
    if (file) void importing.choose(file);
    else importing.reset();
  }

  useEffect(() => {
    // The worker (and the size check) write French from the catalogue: shown in the interface's language.
    if (state.kind === 'refused') setError(t('followSheetUnreadable', state.fileName, translateFrench(state.error)));
    else if (state.kind === 'timeout') setError(t('followSheetTimeout', SHEET_WORKER_TIMEOUT_MS / 1000));
    else if (state.kind === 'error') setError(t('followSheetFailed', state.message));
    else if (state.kind === 'done') {
      setStatus(t('followSheetImported', state.partnerships, state.log));
      importing.reset();
    }
  }, [state]);

  return (
    <section aria-labelledby="sheet-title">
      <h2 id="sheet-title">{t('followSheetTitle')}</h2>
      <p class="muted">{t('followSheetIntro')}</p>
      <p class="sheet-actions">
        <button type="button" onClick={() => void download('xlsx')}>{t('followSheetExportXlsx')}</button>{' '}
        <button type="button" onClick={() => void download('csv-board')}>{t('followSheetExportBoardCsv')}</button>{' '}
        <button type="button" onClick={() => void download('csv-log')}>{t('followSheetExportLogCsv')}</button>
      </p>
      <p>
        <label for="follow-up-file">{t('followSheetImportLabel')}</label>{' '}
        <input id="follow-up-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => choose(event.target as HTMLInputElement)} />
      </p>
      {state.kind !== 'preview' && <SheetLimits />}
      {state.kind === 'working' && (
        <p class="restore-progress" role="status">
          <progress id="follow-up-progress" max={ORDER.length} value={ORDER.indexOf(state.phase) + 1} aria-label={t('followSheetProgressLabel')} />{' '}
          <span>{t(PHASES[state.phase])}</span>
        </p>
      )}
      {state.kind === 'preview' && <SpreadsheetPreview preview={state.preview} onConfirm={importing.apply} onCancel={importing.discard} />}
      {error && <p role="alert" class="error">{error}</p>}
      <p role="status">{status}</p>
    </section>
  );
}
