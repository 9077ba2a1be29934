import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ParsedFollowUp } from '../../lib/partnership/sheet';
import type { FollowUpImportPreview } from '../../lib/partnership/sheet-data';
import { t } from '../../lib/i18n';

interface SpreadsheetPreviewProps {
  fileName: string;
  parsed: ParsedFollowUp;
  preview: FollowUpImportPreview;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What importing the team's file would add and replace, and every line that will be left out. */
export function SpreadsheetPreview({ fileName, parsed, preview, onConfirm, onCancel }: SpreadsheetPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const nothing = parsed.partnerships.length + parsed.log.length === 0;
  return (
    <div class="import-preview" id="follow-up-preview" role="region" aria-labelledby="follow-up-preview-title">
      <h3 id="follow-up-preview-title" tabIndex={-1} ref={heading}>{t('followSheetPreviewTitle', fileName)}</h3>
      <ul>
        <li>{t('followSheetPreviewPartnerships', preview.partnerships.added, preview.partnerships.replaced)}</li>
        <li>{t('followSheetPreviewLog', preview.log.added, preview.log.replaced)}</li>
      </ul>
      {parsed.problems.length > 0 && (
        <>
          <p class="warning">{t('followSheetProblems', parsed.problems.length)}</p>
          <ul id="follow-up-problems" class="import-problems">
            {parsed.problems.map((problem, i) => <li key={i}>{problem.sheet ? `${problem.sheet} · ` : ''}{problem.message}</li>)}
          </ul>
        </>
      )}
      <p class="muted">{t('followSheetMergeNote')}</p>
      {!nothing && <button type="button" onClick={onConfirm}>{t('followSheetConfirm')}</button>}{' '}
      <button type="button" onClick={onCancel}>{nothing ? t('followSheetClose') : t('ownCancel')}</button>
    </div>
  );
}
