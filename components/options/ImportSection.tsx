import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { useImport, type WorkerFactory } from './use-import';
import { ImportPreview } from './ImportPreview';
import { CsvColumnsHelp } from './CsvColumnsHelp';
import { focusSoon } from '../focus';

const PHASES = { read: 'importPhaseRead', check: 'importPhaseCheck', store: 'importPhaseStore' } as const;

/** Import a team spreadsheet (CSV) or a data·inclusion export (JSON): preview, then confirm. */
export function ImportSection({ createWorker }: { createWorker: WorkerFactory }) {
  const { state, start, confirm, cancel } = useImport(createWorker);
  const busy = state.step === 'working';
  // The preview or progress is replaced by the outcome: the focus follows to it.
  useEffect(() => {
    if (state.step === 'done') focusSoon('import-outcome');
    if (state.step === 'error') focusSoon('import-error');
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
          accept=".csv,.tsv,.txt,.json,text/csv,application/json"
          multiple
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            void start([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </label>
      {busy && (
        <p role="status" class="import-progress">
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
        <p role="status" class="import-done" id="import-outcome" tabIndex={-1} data-store-ms={state.storeMs}>
          {state.partnerCount === 1 ? t('importDoneOne', state.label) : t('importDone', state.partnerCount.toLocaleString('fr-FR'), state.label)}
        </p>
      )}
      {state.step === 'error' && (
        <p role="alert" class="error" id="import-error" tabIndex={-1}>
          {t('importFailed', state.message)}
        </p>
      )}
      <CsvColumnsHelp />
    </section>
  );
}
