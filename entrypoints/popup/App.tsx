import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import { PrintPage, printRequest } from '../../components/card/PrintPage';
import { CaseFilePanel } from '../../components/panel/CaseFilePanel';
import { t } from '../../lib/i18n';
import { LAST_QUERY_KEY, queryToReopen, queryToStore } from '../../lib/last-query';
import { WELCOME_HASH } from '../../lib/options/groups';
import { useSettings } from '../../components/use-settings';

const session = () => browser.storage.session;
const remember = (query: string) => void session().set({ [LAST_QUERY_KEY]: queryToStore(query, Date.now()) }).catch(() => undefined);

export function App() {
  const printId = printRequest(location.search);
  if (printId) {
    return (
      <main>
        <PrintPage partnerId={printId} />
      </main>
    );
  }
  return <PopupHome />;
}

/** The toolbar popup: « Pour ce dossier » on an enabled case page, then the search. */
function PopupHome() {
  const settings = useSettings();
  // `?q=` comes from the reference page's « voir tout »; otherwise the popup reopens on the last
  // query for ten minutes (storage.session: memory only). Reading it takes a millisecond or two;
  // the search box appears with it rather than changing under the keys.
  const asked = new URLSearchParams(location.search).get('q');
  const [initialQuery, setInitialQuery] = useState<string | undefined>(asked ?? undefined);
  useEffect(() => {
    if (asked !== null) return;
    session()
      .get(LAST_QUERY_KEY)
      .then((stored) => queryToReopen(stored[LAST_QUERY_KEY], Date.now()), () => '')
      .then(setInitialQuery);
  }, []);
  // A query brought back is selected: typing replaces it, arrows and Enter use its results.
  useEffect(() => {
    if (initialQuery === undefined) return;
    const input = document.getElementById('search-input') as HTMLInputElement | null;
    input?.focus();
    if (initialQuery) input?.select();
  }, [initialQuery]);

  return (
    <>
      <main>
        <h1 class="visually-hidden">{t('popupTitle')}</h1>
        <CaseFilePanel follow={false} offerRead />
        {initialQuery !== undefined && <PartnerSearch initialQuery={initialQuery} onQueryChange={remember} />}
      </main>
      <footer>
        <span class="muted">Repère</span>
        <a href="/reference.html" target="_blank">{t('refOpenMap')}</a>
        {/* A new counsellor is shown the way to their territory's partners (options.html#bienvenue). */}
        {settings && settings.territory.length === 0 && (
          <button type="button" class="link-button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${WELCOME_HASH}`) })}>
            {t('welcomeFromPopup')}
          </button>
        )}
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </>
  );
}
