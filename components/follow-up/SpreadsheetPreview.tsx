import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SheetPreview } from '../../lib/partnership/sheet-worker-protocol';
import { t } from '../../lib/i18n';
import { HeldLines } from './HeldLines';
import { SheetLimits } from './SheetLimits';
import { translateFrench } from '../../lib/i18n-french';

interface SpreadsheetPreviewProps {
  preview: SheetPreview;
  onConfirm: (includeHeld: boolean) => void;
  onCancel: () => void;
}

/** What importing the team's file would add and replace, every line left out, and every line held back. */
export function SpreadsheetPreview({ preview, onConfirm, onCancel }: SpreadsheetPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const [includeHeld, setIncludeHeld] = useState(false);
  const counts = preview.preview;
  const passing = counts.partnerships.added + counts.partnerships.replaced + counts.log.added + counts.log.replaced;
  const nothing = passing === 0 && (preview.heldTotal === 0 || !includeHeld);
  return (
    <div class="import-preview" id="follow-up-preview" role="region" aria-labelledby="follow-up-preview-title">
      <h3 id="follow-up-preview-title" tabIndex={-1} ref={heading}>{t('followSheetPreviewTitle', preview.fileName)}</h3>
      <ul>
        <li>{t('followSheetPreviewPartnerships', counts.partnerships.added, counts.partnerships.replaced)}</li>
        <li>{t('followSheetPreviewLog', counts.log.added, counts.log.replaced)}</li>
      </ul>
      {preview.heldTotal > 0 && (
        <HeldLines
          id="follow-up-held"
          title={t('followSheetHeld', preview.heldTotal)}
          lines={preview.held}
          total={preview.heldTotal}
          describe={(line, findings) => t('followSheetHeldLine', line.table === 'log' ? 'Journal' : 'Suivi', line.line, line.partnerId, findings)}
          include={includeHeld}
          onInclude={setIncludeHeld}
          includeLabel={t('followSheetIncludeHeld')}
        />
      )}
      {preview.problemTotal > 0 && (
        <>
          <p class="warning">{t('followSheetProblems', preview.problemTotal)}</p>
          <ul id="follow-up-problems" class="import-problems">
            {preview.problems.map((problem, i) => <li key={i}>{problem.sheet ? `${problem.sheet} · ` : ''}{translateFrench(problem.message)}</li>)}
            {preview.problemTotal > preview.problems.length && <li>{t('followSheetMore', preview.problemTotal - preview.problems.length)}</li>}
          </ul>
        </>
      )}
      <p class="muted">{t('followSheetMergeNote')}</p>
      <SheetLimits />
      {!nothing && <button type="button" onClick={() => onConfirm(includeHeld)}>{t('followSheetConfirm')}</button>}{' '}
      <button type="button" onClick={onCancel}>{nothing ? t('followSheetClose') : t('ownCancel')}</button>
    </div>
  );
}
