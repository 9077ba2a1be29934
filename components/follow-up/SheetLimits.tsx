import { MAX_SHEET_FILE_BYTES, MAX_SHEET_ROWS, MAX_XLSX_UNCOMPRESSED_BYTES, megabyteCount } from '../../lib/partnership/sheet-limits';
import { formatNumber, t } from '../../lib/i18n';

/** « Limites : 10 Mo et 20 000 lignes par fichier… », under the file picker and in the preview. */
export function SheetLimits() {
  return <p class="muted sheet-limits">{t('followSheetLimits', formatNumber(megabyteCount(MAX_SHEET_FILE_BYTES)), formatNumber(MAX_SHEET_ROWS), formatNumber(megabyteCount(MAX_XLSX_UNCOMPRESSED_BYTES)))}</p>;
}
