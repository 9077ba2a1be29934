import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

export function AboutSection() {
  const version = browser.runtime.getManifest().version;
  return (
    <section aria-labelledby="about-title" id="about">
      <h2 id="about-title">{t('aboutTitle')}</h2>
      <p>{t('aboutVersion', version)}</p>
      <p>{t('aboutPrivacy')}</p>
      <p>
        <a href="/privacy.html" target="_blank" id="privacy-link">{t('aboutPrivacyLink')}</a>
      </p>
      <p>
        <a href="/reference.html" target="_blank">{t('refOpenMap')}</a> — {t('refOptionsLink')}
      </p>
      <h3>{t('aboutSources')}</h3>
      <p>
        {t('aboutAttribution')}.{' '}
        <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/" target="_blank" rel="noopener noreferrer">
          Licence Ouverte 2.0
        </a>
      </p>
      <p>{t('aboutStarter')}</p>
    </section>
  );
}
