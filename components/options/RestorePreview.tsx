import { useState } from 'preact/hooks';
import type { RestorePreview as Preview } from '../../lib/backup';
import type { HeldLine } from '../../lib/partnership/person-screen';
import { t, type MessageKey } from '../../lib/i18n';
import { HeldLines } from '../follow-up/HeldLines';

interface RestorePreviewProps {
  preview: Preview;
  /** Follow-up items held back for a person's data (the first ones), and how many in all. */
  held: readonly HeldLine[];
  heldTotal: number;
  fileName: string;
  onConfirm: (includeHeld: boolean) => void;
  onCancel: () => void;
}

const ROWS: [keyof Omit<Preview, 'territory'>, MessageKey][] = [
  ['favourites', 'backupRowFavourites'],
  ['groups', 'backupRowGroups'],
  ['notes', 'backupRowNotes'],
  ['contacts', 'backupRowContacts'],
  ['ownPartners', 'backupRowOwnPartners'],
  ['partnerships', 'backupRowPartnerships'],
  ['contactLog', 'backupRowContactLog'],
];

/** What a restore will add and replace, before anything is written. */
export function RestorePreview({ preview, held, heldTotal, fileName, onConfirm, onCancel }: RestorePreviewProps) {
  const [includeHeld, setIncludeHeld] = useState(false);
  return (
    <div class="restore-preview" role="region" aria-labelledby="restore-preview-title">
      <h3 id="restore-preview-title">{t('backupPreviewTitle', fileName)}</h3>
      <div class="table-scroll" tabIndex={0}>
      <table id="restore-preview-table">
        <thead>
          <tr>
            <th scope="col">{t('backupColWhat')}</th>
            <th scope="col">{t('backupColAdded')}</th>
            <th scope="col">{t('backupColReplaced')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{t(label)}</th>
              <td>{preview[key].added}</td>
              <td>{preview[key].replaced}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <p>{preview.territory ? t('backupTerritoryReplaced') : t('backupTerritoryKept')}</p>
      {heldTotal > 0 && (
        <HeldLines
          id="restore-held"
          title={t('backupHeld', heldTotal)}
          lines={held}
          total={heldTotal}
          describe={(line, findings) => t('backupHeldLine', t(line.table === 'log' ? 'backupHeldLog' : 'backupHeldPartnerships'), line.line, line.partnerId, findings)}
          include={includeHeld}
          onInclude={setIncludeHeld}
          includeLabel={t('backupIncludeHeld')}
        />
      )}
      <p class="muted">{t('backupMergeNote')}</p>
      <button type="button" onClick={() => onConfirm(includeHeld)}>{t('backupConfirm')}</button>{' '}
      <button type="button" onClick={onCancel}>{t('ownCancel')}</button>
    </div>
  );
}
