import { browser } from 'wxt/browser';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import { t } from '../../lib/i18n';

export function App() {
  return (
    <>
      <main>
        <h1 class="visually-hidden">Repère</h1>
        <PartnerSearch />
      </main>
      <footer>
        <span class="muted">Repère</span>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </>
  );
}
