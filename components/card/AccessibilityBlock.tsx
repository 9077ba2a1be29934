import { t } from '../../lib/i18n';
import { SafeLink } from '../SafeLink';

interface AccessibilityBlockProps {
  /** data·inclusion `accessibilite_lieu`: a page describing the place's accessibility (often acceslibre). */
  href: string | null | undefined;
}

/** « Accessibilité du lieu »: step-free access, lift, hearing loop… on the page the directory points to. */
export function AccessibilityBlock({ href }: AccessibilityBlockProps) {
  if (!href) return null;
  return (
    <section class="card__section" aria-labelledby="card-access-title">
      <h3 id="card-access-title">{t('accTitle')}</h3>
      <p><SafeLink href={href}>{t('accLink')}</SafeLink></p>
    </section>
  );
}
