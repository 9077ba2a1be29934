import { useState } from 'preact/hooks';
import { localDay } from '../../lib/partnership';
import type { ParsedFollowUp } from '../../lib/partnership/sheet';
import { applyFollowUpImport, exportFollowUp, previewFollowUpImport, type FollowUpImportPreview } from '../../lib/partnership/sheet-data';
import { followUpFile, readFollowUpFile } from '../../lib/partnership/sheet-file';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { SpreadsheetPreview } from './SpreadsheetPreview';

interface Pending {
  fileName: string;
  parsed: ParsedFollowUp;
  preview: FollowUpImportPreview;
}

/** The team's « tableau de suivi »: export for the meeting, import the file the team sends back. */
export function SpreadsheetSection() {
  const db = useDb();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState<Pending>();

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

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus('');
    setPending(undefined);
    const { parsed, error: problem } = await readFollowUpFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!parsed) return setError(t('followSheetUnreadable', file.name, problem ?? ''));
    setError('');
    setPending({ fileName: file.name, parsed, preview: await previewFollowUpImport(db, parsed) });
  }

  async function confirm() {
    if (!pending) return;
    await applyFollowUpImport(db, pending.parsed);
    setStatus(t('followSheetImported', pending.parsed.partnerships.length, pending.parsed.log.length));
    setPending(undefined);
  }

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
        <input id="follow-up-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void choose(event.target as HTMLInputElement)} />
      </p>
      {pending && <SpreadsheetPreview fileName={pending.fileName} parsed={pending.parsed} preview={pending.preview} onConfirm={() => void confirm()} onCancel={() => setPending(undefined)} />}
      {error && <p role="alert" class="error">{error}</p>}
      <p role="status">{status}</p>
    </section>
  );
}
