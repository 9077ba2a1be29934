import { browser } from 'wxt/browser';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import { t } from '../../lib/i18n';

export function App() {
  return (
    <>
      <main>
        <h1 class="visually-hidden">{t('extName')}</h1>
        <PartnerSearch initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />
      </main>
      <footer>
        <span class="muted">Repère</span>
        <a href="/reference.html" target="_blank">{t('refOpenMap')}</a>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </>
  );
}
