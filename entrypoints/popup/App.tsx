import { browser } from 'wxt/browser';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import { PrintPage, printRequest } from '../../components/card/PrintPage';
import { CaseFilePanel } from '../../components/panel/CaseFilePanel';
import { t } from '../../lib/i18n';

export function App() {
  const printId = printRequest(location.search);
  if (printId) {
    return (
      <main>
        <PrintPage partnerId={printId} />
      </main>
    );
  }
  return (
    <>
      <main>
        <h1 class="visually-hidden">{t('popupTitle')}</h1>
        <CaseFilePanel follow={false} offerRead />
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
