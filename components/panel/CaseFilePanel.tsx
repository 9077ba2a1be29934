import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLiveQuery } from 'dexie-react-hooks';
import { listFavourites, type StoredPartner } from '../../lib/db';
import { territoryCodes } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { originPattern } from '../../lib/case-file/sites';
import { sendMessage } from '../../lib/messages';
import { displayLabel } from '../../lib/taxonomy';
import type { PartnerSummary } from '../../lib/search';
import { useDb } from '../db-context';
import { useEffectiveSettings } from '../use-settings';
import { useDirectory } from '../search/use-directory';
import { LazyPartnerCard, withCardReady } from '../card/LazyPartnerCard';
import { CaseNeedPartners } from './CaseNeedPartners';
import { useActiveTab, useCaseTabState } from './use-case-tab';
import './case-file.css';

interface CaseFilePanelProps {
  /** The side panel follows the active tab; the popup serves the tab it opened on. */
  follow: boolean;
  /** The popup offers « Lire ce dossier » / « Activer sur ce site » on a web page not switched on. */
  offerRead: boolean;
}

/** Dismissed needs, per tab and file: memory only, forgotten with the page. */
const dismissedByFile = new Map<string, Set<string>>();

/**
 * « Pour ce dossier »: the needs Repère read in the case file on screen, each with its best
 * partners. Nothing when the tab is no case file (then the search and its help show as usual).
 */
export function CaseFilePanel({ follow, offerRead }: CaseFilePanelProps) {
  const tab = useActiveTab(follow);
  const tabState = useCaseTabState(tab?.tabId);
  const db = useDb();
  const directory = useDirectory();
  const settings = useEffectiveSettings();
  const favouriteRows = useLiveQuery(() => listFavourites(db), [db]);
  const territory = useMemo(() => (settings ? territoryCodes(settings) : []), [settings]);
  const favourites = useMemo(() => new Set((favouriteRows ?? []).map((f) => f.partnerId)), [favouriteRows]);
  const [open, setOpen] = useState<StoredPartner | null>(null);
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
    return (
      <section class="case-file" aria-labelledby="case-title">
        <h1 id="case-title" class="list-title case-file__title">{t('caseTitle')}</h1>
        <p class="muted">{t('caseIntro')}</p>
        <div class="case-actions">
          <button type="button" onClick={() => void readOnce()} disabled={busy}>{t('caseReadOnce')}</button>{' '}
          <button type="button" class="link-button" onClick={() => void enableSite()}>{t('caseEnableHere')}</button>
        </div>
        {error && <p role="alert" class="error">{error}</p>}
      </section>
    );
  }

  if (open) return <LazyPartnerCard partner={open} onBack={() => setOpen(null)} />;
  const openPartner = (partner: PartnerSummary) => void withCardReady(directory?.load(partner.id)).then((full) => full && setOpen(full));
  const shown = categories.filter((c) => !dismissed.has(c));
  const dismiss = (category: string) => {
    dismissedByFile.set(fileKey, new Set([...dismissed, category]));
    rerender((n) => n + 1);
  };

  return (
    <section class="case-file" aria-labelledby="case-title">
      <h1 id="case-title" class="list-title case-file__title">{t('caseTitle')}</h1>
      {state?.oneShot && <p class="muted">{t('caseOneShotNote')}</p>}
      {!state && <p class="muted" role="status">{t('caseReading')}</p>}
      {state && shown.length === 0 && <p class="muted" role="status">{t('caseNoNeed')}</p>}
      <ul class="case-needs">
        {shown.map((category) => {
          const label = displayLabel('categorie', category);
          return (
            <li key={category} class="case-need">
              <div class="case-need__bar">
                <h2 class="case-need__label">{label}</h2>
                <button type="button" class="link-button" aria-label={t('caseShowInPageLabel', label)} onClick={() => void sendMessage({ type: 'case:show-in-page', tabId: tab.tabId, category: category as never }).catch(() => undefined)}>
                  {t('caseShowInPage')}
                </button>
                <button type="button" class="link-button" aria-label={t('caseDismissLabel', label)} onClick={() => dismiss(category)}>
                  {t('caseDismiss')}
                </button>
              </div>
              <CaseNeedPartners directory={directory} category={category} label={label} thematiques={thematiquesOf.get(category) ?? []} territory={territory} favourites={favourites} onOpen={openPartner} />
            </li>
          );
        })}
      </ul>
      {dismissed.size > 0 && (
        <p class="muted">
          {t('caseDismissed', dismissed.size)}{' '}
          <button type="button" class="link-button" onClick={() => { dismissedByFile.delete(fileKey); rerender((n) => n + 1); }}>{t('caseRestore')}</button>
        </p>
      )}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
