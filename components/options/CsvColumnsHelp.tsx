import { memo } from '../memo';
import { t } from '../../lib/i18n';
import { translateFrench } from '../../lib/i18n-french';
import { CSV_COLUMNS, csvTemplate } from '../../lib/import';

function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([csvTemplate()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'modele-annuaire-repere.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The columns a team spreadsheet may use, and a template to start from. It has no props: the
 * import's progress messages re-render the section around it, never this table.
 */
export const CsvColumnsHelp = memo(function CsvColumnsHelp() {
  return (
    <details class="csv-help" id="csv-help">
      <summary>{t('importColumnsTitle')}</summary>
      <p>{t('importColumnsIntro')}</p>
      <p>
        <button type="button" id="csv-template" onClick={downloadTemplate}>
          {t('importTemplate')}
        </button>
      </p>
      <div class="table-scroll" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('importColumn')}</th>
            <th scope="col">{t('importColumnAlso')}</th>
            <th scope="col">{t('importColumnContent')}</th>
          </tr>
        </thead>
        <tbody>
          {CSV_COLUMNS.map((column) => (
            <tr key={column.column}>
              <td>
                <code>{column.column}</code>
                {column.required && ` (${t('importRequired')})`}
              </td>
              <td lang="fr">{column.labels.join(', ')}</td>
              <td>{translateFrench(column.help)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </details>
  );
});
