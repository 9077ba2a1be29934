import type { RestorePreview as Preview } from '../../lib/backup';
import { t, type MessageKey } from '../../lib/i18n';

interface RestorePreviewProps {
  preview: Preview;
  fileName: string;
  onConfirm: () => void;
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
export function RestorePreview({ preview, fileName, onConfirm, onCancel }: RestorePreviewProps) {
  return (
    <div class="restore-preview" role="region" aria-labelledby="restore-preview-title">
      <h3 id="restore-preview-title">{t('backupPreviewTitle', fileName)}</h3>
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
      <p>{preview.territory ? t('backupTerritoryReplaced') : t('backupTerritoryKept')}</p>
      <p class="muted">{t('backupMergeNote')}</p>
      <button type="button" onClick={onConfirm}>{t('backupConfirm')}</button>{' '}
      <button type="button" onClick={onCancel}>{t('ownCancel')}</button>
    </div>
  );
}
