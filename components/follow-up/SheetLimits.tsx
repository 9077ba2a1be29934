import { MAX_SHEET_FILE_BYTES, MAX_SHEET_ROWS, MAX_XLSX_UNCOMPRESSED_BYTES, megabytes } from '../../lib/partnership/sheet-limits';
import { t } from '../../lib/i18n';

/** « Limites : 10 Mo et 20 000 lignes par fichier… », under the file picker and in the preview. */
export function SheetLimits() {
  return <p class="muted sheet-limits">{t('followSheetLimits', megabytes(MAX_SHEET_FILE_BYTES), MAX_SHEET_ROWS.toLocaleString('fr-FR'), megabytes(MAX_XLSX_UNCOMPRESSED_BYTES))}</p>;
}
