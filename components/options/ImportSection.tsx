import { useEffect, useRef } from 'preact/hooks';
import { t, tn } from '../../lib/i18n';
import { translateFrench } from '../../lib/i18n-french';
import { useImport, type WorkerFactory } from './use-import';
import { ImportPreview } from './ImportPreview';
import { CsvColumnsHelp } from './CsvColumnsHelp';
import { focusSoon } from '../focus';

const PHASES = { read: 'importPhaseRead', check: 'importPhaseCheck', store: 'importPhaseStore' } as const;

/** Import a team spreadsheet (CSV) or a data·inclusion export (JSON): preview, then confirm. */
export function ImportSection({ createWorker }: { createWorker: WorkerFactory }) {
  const { state, start, confirm, cancel } = useImport(createWorker);
  const busy = state.step === 'working';
  const outcome = useRef<HTMLParagraphElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const hadPreview = useRef(false);
  // Confirming or cancelling replaces the preview and its buttons: the keyboard carries on from
  // what took their place (the progress, then the outcome), or from the file field after a cancel.
  useEffect(() => {
    if (state.step === 'preview') hadPreview.current = true;
    else if (hadPreview.current) {
      if (state.step === 'idle') fileInput.current?.focus();
      else outcome.current?.focus();
      if (state.step !== 'working') hadPreview.current = false;
    }
  }, [state.step]);
  return (
    <section aria-labelledby="import-title" id="import">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p>{t('importIntro')}</p>
      <label class="file-pick">
        {t('importChoose')}{' '}
        <input
          type="file"
          id="import-file"
          ref={fileInput}
          accept=".csv,.tsv,.txt,.json,text/csv,application/json"
          multiple
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            start([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </label>
      {busy && (
        <p role="status" class="import-progress" tabIndex={-1} ref={outcome}>
          {t(PHASES[state.phase])}{' '}
          <progress id="import-progress" max={1} value={state.fraction} aria-label={t(PHASES[state.phase])} />
        </p>
      )}
      {state.step === 'preview' && (
        <ImportPreview
          preview={state.preview}
          onConfirm={confirm}
          onCancel={() => {
            cancel();
            focusSoon('import-file');
          }}
        />
      )}
      {state.step === 'done' && (
        <p role="status" class="import-done" data-store-ms={state.storeMs} id="import-outcome" tabIndex={-1} ref={outcome}>
          {tn(state.partnerCount, 'importDoneOne', 'importDoneOther', state.label)}
        </p>
      )}
      {state.step === 'error' && (
        <p role="alert" class="error" id="import-error" tabIndex={-1} ref={outcome}>
          {t('importFailed', translateFrench(state.message))}
        </p>
      )}
      <CsvColumnsHelp />
    </section>
  );
}
