import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLiveQuery } from '../use-live-query';
import { listFavourites, type StoredPartner } from '../../lib/db';
import { territoryCodes } from '../../lib/territory-codes';
import { t } from '../../lib/i18n';
import { originPattern } from '../../lib/case-file/sites';
import { sendMessage } from '../../lib/messages/client';
import { displayLabel } from '../../lib/taxonomy';
import type { PartnerSummary } from '../../lib/search';
import { useDb } from '../db-context';
import { useEffectiveSettings } from '../use-settings';
import { useDirectory } from '../search/use-directory';
import { LazyPartnerCard, withCardReady } from '../card/LazyPartnerCard';
import { CaseNeedPartners } from './CaseNeedPartners';
import { CaseNeedChips } from './CaseNeedChips';
import { NeedReasonsList } from './NeedReasonsList';
import { useActiveTab, useCaseTabState } from './use-case-tab';
import { useNeedReasons } from './use-need-reasons';
import './case-file.css';

interface CaseFilePanelProps {
  /** The side panel follows the active tab; the popup serves the tab it opened on. */
  follow: boolean;
  /** The popup offers « Lire ce dossier » / « Activer sur ce site » on a web page not switched on. */
  offerRead: boolean;
  /** The side panel opens with each need's statements and partners shown; the popup with its chips only. */
  initiallyOpen?: boolean;
}

/** Dismissed needs, per tab and file: memory only, forgotten with the page. */
const dismissedByFile = new Map<string, Set<string>>();

/**
 * « Pour ce dossier »: one compact block of the needs Repère read in the case file on screen, as
 * chips with their number of partners; opened, each need names the statement it was read from,
 * can be shown in the page or dismissed, and lists its best partners. On a web page not switched
 * on, the popup offers « Lire ce dossier » as a small button; elsewhere nothing.
 */
export function CaseFilePanel({ follow, offerRead, initiallyOpen = false }: CaseFilePanelProps) {
  const tab = useActiveTab(follow);
  const tabState = useCaseTabState(tab?.tabId);
  const db = useDb();
  const directory = useDirectory();
  const settings = useEffectiveSettings();
  const favouriteRows = useLiveQuery(() => listFavourites(db), [db]);
  const territory = useMemo(() => (settings ? territoryCodes(settings) : []), [settings]);
  const favourites = useMemo(() => new Set((favouriteRows ?? []).map((f) => f.partnerId)), [favouriteRows]);
  const [card, setCard] = useState<StoredPartner | null>(null);
  const [expanded, setExpanded] = useState(initiallyOpen);
  /** The need whose heading takes the focus once the block is open (a chip was pressed). */
  const focusNeed = useRef<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [, rerender] = useState(0);

  const state = tabState?.state;
  const fileKey = state ? `${state.tabId}:${state.file}` : '';
  const dismissed = dismissedByFile.get(fileKey) ?? new Set<string>();
  const categories = useMemo(() => [...new Set((state?.needs ?? []).map((n) => n.category))], [state]);
  const thematiquesOf = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const need of state?.needs ?? []) if (need.thematique) map.set(need.category, [...(map.get(need.category) ?? []), need.thematique]);
    return map;
  }, [state]);
  const reasons = useNeedReasons(state, expanded);

  useLayoutEffect(() => {
    if (!expanded || !focusNeed.current) return;
    document.getElementById(`case-need-${focusNeed.current}`)?.focus();
    focusNeed.current = undefined;
  });

  if (!tab || !tabState) return null;
  const active = state !== null || tabState.siteEnabled;

  async function readOnce() {
    if (!tab) return;
    setBusy(true);
    setError('');
    try {
      await sendMessage({ type: 'case:read-once', tabId: tab.tabId });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  async function enableSite() {
    if (!tab?.origin) return;
    const origin = tab.origin;
    // Asked within the click: the browser shows its prompt only during a user gesture.
    const asked = browser.permissions.request({ origins: [originPattern(origin)] });
    void sendMessage({ type: 'case:site-pending', origin }).catch(() => undefined);
    try {
      if (!(await asked)) return setError(t('caseSiteDenied', origin));
      await sendMessage({ type: 'case:enable-site', origin });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  if (!active) {
    if (!offerRead || !tab.origin) return null;
    // A small button on the search's line of help, not a block: most pages are no case file.
    return (
      <div class="case-offer">
        <button type="button" class="case-offer__read" aria-describedby="case-intro" onClick={() => void readOnce()} disabled={busy}>{t('caseReadOnce')}</button>
        <button type="button" class="link-button" aria-describedby="case-intro" onClick={() => void enableSite()}>{t('caseEnableHere')}</button>
        <span id="case-intro" class="visually-hidden">{t('caseIntro')}</span>
        {error && <p role="alert" class="error">{error}</p>}
      </div>
    );
  }

  if (card) return <LazyPartnerCard partner={card} onBack={() => setCard(null)} />;
  const openPartner = (partner: PartnerSummary) => void withCardReady(directory?.load(partner.id)).then((full) => full && setCard(full));
  const shown = categories.filter((c) => !dismissed.has(c));
  const dismiss = (category: string) => {
    dismissedByFile.set(fileKey, new Set([...dismissed, category]));
    rerender((n) => n + 1);
  };
  const openAt = (category: string) => {
    focusNeed.current = category;
    setExpanded(true);
    rerender((n) => n + 1);
  };

  return (
    <section class="case-file" aria-labelledby="case-title">
      <div class="case-file__bar">
        <h2 id="case-title" class="case-file__title">{t('caseTitle')}</h2>
        {shown.length > 0 && (
          <button type="button" class="link-button case-file__toggle" aria-expanded={expanded} aria-controls="case-details" onClick={() => setExpanded(!expanded)}>
            {expanded ? t('caseDetailsHide') : t('caseDetailsShow')}
          </button>
        )}
      </div>
      {state?.oneShot && <p class="muted case-file__note">{t('caseOneShotNote')}</p>}
      {!state && <p class="muted case-file__note" role="status">{t('caseReading')}</p>}
      {state && shown.length === 0 && <p class="muted case-file__note" role="status">{t('caseNoNeed')}</p>}
      {shown.length > 0 && (
        <CaseNeedChips directory={directory} categories={shown} thematiquesOf={thematiquesOf} territory={territory} favourites={favourites} onOpen={openAt} />
      )}
      {expanded && shown.length > 0 && (
        <ul class="case-needs" id="case-details">
          {shown.map((category) => {
            const label = displayLabel('categorie', category);
            return (
              <li key={category} class="case-need">
                <div class="case-need__bar">
                  <h3 class="case-need__label" id={`case-need-${category}`} tabIndex={-1}>{label}</h3>
                  <button type="button" class="link-button" aria-label={t('caseShowInPageLabel', label)} onClick={() => void sendMessage({ type: 'case:show-in-page', tabId: tab.tabId, category: category as never }).catch(() => undefined)}>
                    {t('caseShowInPage')}
                  </button>
                  <button type="button" class="link-button" aria-label={t('caseDismissLabel', label)} onClick={() => dismiss(category)}>
                    {t('caseDismiss')}
                  </button>
                </div>
                <NeedReasonsList reasons={reasons?.get(category)} />
                <CaseNeedPartners directory={directory} category={category} label={label} thematiques={thematiquesOf.get(category) ?? []} territory={territory} favourites={favourites} onOpen={openPartner} />
              </li>
            );
          })}
        </ul>
      )}
      {dismissed.size > 0 && (
        <p class="muted case-file__note">
          {t('caseDismissed', dismissed.size)}{' '}
          <button type="button" class="link-button" onClick={() => { dismissedByFile.delete(fileKey); rerender((n) => n + 1); }}>{t('caseRestore')}</button>
        </p>
      )}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
