import { t } from '../../lib/i18n';

/** « Sites de suivi » before any case-management site can be switched on. */
export function CaseSitesEmpty() {
  return (
    <section aria-labelledby="case-sites-title">
      <h2 id="case-sites-title">{t('optGroupCaseSites')}</h2>
      <p class="muted">{t('optCaseSitesIntro')}</p>
    </section>
  );
}
