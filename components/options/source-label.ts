import type { DirectorySource } from '../../lib/schema';
import { t } from '../../lib/i18n';

/**
 * A source's name in the interface's language: the two sources Repère makes itself (the
 * starter, the counsellor's own partners) are named by the catalogue; a file's or an address's
 * name is the counsellor's own words, shown as stored.
 */
export function shownSourceLabel(source: Pick<DirectorySource, 'kind' | 'label'>): string {
  if (source.kind === 'embedded') return t('sourceLabelStarter');
  if (source.kind === 'own') return t('sourceLabelOwn');
  return source.label;
}
