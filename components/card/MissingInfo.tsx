import type { Partner } from '../../lib/schema';
import { t } from '../../lib/i18n';

interface MissingInfoProps {
  partner: Pick<Partner, 'telephone' | 'courriel' | 'horaires_accueil' | 'adresse' | 'commune'>;
}

/** What the directory does not say about this partner, said rather than left blank. */
export function MissingInfo({ partner }: MissingInfoProps) {
  const missing = [
    !partner.telephone && t('cardNoPhone'),
    !partner.courriel && t('cardNoEmail'),
    !partner.horaires_accueil && t('cardNoHours'),
    !partner.adresse && !partner.commune && t('cardNoAddress'),
  ].filter((line): line is string => Boolean(line));
  if (missing.length === 0) return null;
  return (
    <ul class="plain missing" aria-label={t('cardMissing')}>
      {missing.map((line) => (
        <li key={line} class="muted">{line}</li>
      ))}
    </ul>
  );
}
