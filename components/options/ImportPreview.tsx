import { useEffect, useRef } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { formatNumber as n, t, tn } from '../../lib/i18n';
import { describeProblem } from '../../lib/import/report';
import type { ImportPreviewData } from '../../lib/import/worker-protocol';
import { useDb } from '../db-context';

interface Props {
  preview: ImportPreviewData;
  onConfirm: (sourceId: string, label: string) => void;
  onCancel: () => void;
}

/** What an import would store, and every problem line by line, before anything is written. */
export function ImportPreview({ preview, onConfirm, onCancel }: Props) {
  const db = useDb();
  // Wrapped so that "still reading" (undefined) differs from "no such source yet": the preview
  // shows only once it can say whether the import replaces a source.
  const existing = useLiveQuery(async () => ({ source: await db.sources.get(preview.sourceId) }), [db, preview.sourceId]);
  const replaced = existing?.source;
  const { summary } = preview;
  const canImport = summary.partners > 0;
  const title = useRef<HTMLHeadingElement>(null);
  // The preview replaces the progress bar: move the keyboard focus to it once.
  useEffect(() => title.current?.focus(), [preview, existing === undefined]);
  if (!existing) return null;
  return (
    <div class="import-preview" id="import-preview" data-parse-ms={preview.parseMs} role="region" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" tabIndex={-1} ref={title}>
        {t('importPreviewTitle', preview.label)}
      </h3>
      <p class="import-summary">
        <strong>
          {tn(summary.partners, 'importReadyOne', 'importReadyOther')} ({tn(summary.services, 'importServicesOne', 'importServicesOther')}).
        </strong>{' '}
        {tn(summary.records, 'importReadOne', 'importReadOther')}
      </p>
      <p>
        {tn(summary.rejected, 'importRejectedOne', 'importRejectedOther')}, {tn(summary.corrected, 'importCorrectedOne', 'importCorrectedOther')}.
      </p>
      {replaced && <p class="muted">{tn(replaced.partnerCount, 'importReplacesOne', 'importReplacesOther', replaced.label)}</p>}
      {preview.sample.length > 0 && (
        <p class="muted">
          {t('importSample')} {preview.sample.map((p) => (p.commune ? `${p.nom} (${p.commune})` : p.nom)).join(' · ')}
        </p>
      )}
      {preview.problems.length > 0 && (
        <details open={preview.problems.length <= 20}>
          <summary>{t('importProblemsTitle', n(preview.problemTotal))}</summary>
          <ul class="import-problems" id="import-problems">
            {preview.problems.map((problem, index) => (
              <li key={index} class={problem.severity === 'rejected' ? 'problem problem--rejected' : 'problem'}>
                {describeProblem(problem, true)}
              </li>
            ))}
          </ul>
          {preview.problemTotal > preview.problems.length && <p class="muted">{tn(preview.problemTotal - preview.problems.length, 'importProblemsMoreOne', 'importProblemsMoreOther')}</p>}
        </details>
      )}
      <div class="actions">
        {canImport && (
          <button type="button" class="primary" onClick={() => onConfirm(preview.sourceId, preview.label)}>
            {tn(summary.partners, 'importConfirmOne', 'importConfirmOther')}
          </button>
        )}{' '}
        <button type="button" onClick={onCancel}>
          {canImport ? t('importCancel') : t('importClose')}
        </button>
      </div>
      {!canImport && <p role="alert" class="error">{t('importNothing')}</p>}
    </div>
  );
}
