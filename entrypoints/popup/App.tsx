import { browser } from 'wxt/browser';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import { CaseFilePanel } from '../../components/panel/CaseFilePanel';
import { t } from '../../lib/i18n';

export function App() {
  return (
    <>
      <main>
        <CaseFilePanel follow={false} offerRead />
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
