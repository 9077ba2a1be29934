import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PartnerSearch } from '../../components/search/PartnerSearch';
import { printRequest } from '../../components/card/print-request';
import { preloadPartnerCard } from '../../components/card/LazyPartnerCard';
import { lazyComponent } from '../../components/lazy';
import { afterFirstResults } from '../../components/first-results';
import { loadReference } from '../../components/search/lazy-reference';
import { t } from '../../lib/i18n';
import { LAST_QUERY_KEY, createQueryWriter, queryToReopen, queryToStore } from '../../lib/last-query';
import { WELCOME_HASH } from '../../lib/options/groups';
import { useEffectiveSettings } from '../../components/use-settings';

// The first render needs the search box, the list and the search client only: the rest is code
// of its own, loaded after the first results (components/first-results.ts).
const CaseFilePanel = lazyComponent(() => import('../../components/panel/CaseFilePanel').then((m) => m.CaseFilePanel), { afterResults: true });
const PrintPage = lazyComponent(() => import('../../components/card/PrintPage').then((m) => m.PrintPage));
const session = () => browser.storage.session;
const writeLastQuery = (query: string) => void session().set({ [LAST_QUERY_KEY]: queryToStore(query, Date.now()) }).catch(() => undefined);
/**
 * The query in the box. Chrome: written as the counsellor types (at most every 400 ms) and when
 * the popup goes away (pagehide, and hidden: a closed popup may never run a later task), not at
 * every key: each write cost the popup's main thread a task among the keystroke's own
 * (lib/last-query.ts). Firefox drops an extension call made as its page goes away (a popup
 * closed within 400 ms of the last key lost it): there it is written at each key, in a microtask
 * (the key's search leaves first).
 */
const lastQuery = createQueryWriter(writeLastQuery);
if (!import.meta.env.FIREFOX) {
  addEventListener('pagehide', lastQuery.flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && lastQuery.flush());
}
const remember = (query: string) => (import.meta.env.FIREFOX ? queueMicrotask(() => writeLastQuery(query)) : lastQuery.record(query));

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

/**
 * The toolbar popup: the search box first (focused), then « Pour ce dossier » as one compact
 * block under it on a case page (or « Lire ce dossier », a small button, on another web page),
 * then the results.
 */
function PopupHome() {
  const settings = useEffectiveSettings();
  // Once the first results had their turn, while the popup waits for the counsellor's next keys:
  // the « Qui porte quoi ? » code and index, the card's code (chunks of their own).
  useEffect(() => {
    afterFirstResults(() => void loadReference().then(() => preloadPartnerCard()));
  }, []);
  // `?q=` comes from the reference page's « voir tout »; otherwise the popup reopens on the last
  // query for ten minutes (storage.session: memory only). The search box is there at once, so keys
  // typed as the popup opens are never lost; the last query comes back only if nothing was typed.
  const asked = new URLSearchParams(location.search).get('q');
  const [restore, setRestore] = useState<string>();
  const read = useRef(asked !== null);
  useEffect(() => {
    if (asked !== null) return;
    session()
      .get(LAST_QUERY_KEY)
      .then((stored) => queryToReopen(stored[LAST_QUERY_KEY], Date.now()), () => '')
      .then((query) => {
        read.current = true;
        setRestore(query);
      });
  }, []);
  // The empty box of the first render must not erase the stored query before it is read; once
  // this popup has held a query, emptying it (Esc) is the counsellor's intent and is written.
  const held = useRef(false);
  const onQueryChange = (query: string) => {
    if (query) held.current = true;
    if (query || read.current || held.current) remember(query);
  };

  return (
    <>
      <main>
        <h1 class="visually-hidden">{t('popupTitle')}</h1>
        <PartnerSearch initialQuery={asked ?? ''} restoreQuery={restore} onQueryChange={onQueryChange} belowBox={<CaseFilePanel follow={false} offerRead />} />
      </main>
      <footer>
        {/* A new counsellor is shown the way to their territory's partners (options.html#bienvenue), on a line of its own. */}
        {settings && settings.territory.length === 0 && (
          <button type="button" class="link-button footer__welcome" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${WELCOME_HASH}`) })}>
            {t('welcomeFromPopup')}
          </button>
        )}
        <span class="muted">Repère</span>
        <a href="/reference.html" target="_blank">{t('refOpenMap')}</a>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </>
  );
}
