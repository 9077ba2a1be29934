import { t } from '../../lib/i18n';
import type { NeedWhy } from '../../lib/messages/case-tab';

/** « lu : « Sans hébergement » — coché »: the statements one need was read from (page text, memory only). */
export function whyText(why: NeedWhy): string {
  return why.mark === 'checked' ? t('caseWhyChecked', why.text) : why.mark === 'chosen' ? t('caseWhyChosen', why.text) : t('caseWhyRead', why.text);
}

export function NeedReasonsList({ reasons }: { reasons: readonly NeedWhy[] | undefined }) {
  if (!reasons || reasons.length === 0) return null;
  return (
    <ul class="case-need__why">
      {reasons.map((why) => <li key={why.text}>{whyText(why)}</li>)}
    </ul>
  );
}
