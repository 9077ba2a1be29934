import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messages';
import { originPattern, parseSiteAddress } from '../../lib/case-file/sites';
import type { SiteStatus } from '../../lib/case-file/background-case';
import { useManagedState } from '../use-settings';
import { ManagedMark } from './ManagedNotice';

type Status = { kind: 'idle' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

/**
 * « Sites de suivi »: the case-management sites Repère reads the file on screen in. Activating
 * asks the browser for that one origin, in the click; removing gives the access back.
 */
export function CaseSitesSection() {
  const [address, setAddress] = useState('');
  const [sites, setSites] = useState<SiteStatus[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const managed = useManagedState()?.policy;
  const locked = managed?.locked.caseSites ?? false;
  const proposed = (managed?.caseSites ?? []).filter((origin) => !sites.some((site) => site.origin === origin));
  const isManaged = (origin: string) => managed?.caseSites.includes(origin) ?? false;

  const refresh = () => sendMessage({ type: 'case:list-sites' }).then((list) => setSites(list as SiteStatus[]), () => undefined);
  useEffect(() => {
    void refresh();
    // Access given back or withdrawn in the browser's own settings shows at once.
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);

  /** Asks the browser for the origin within the click (its prompt needs the gesture), then switches it on. */
  async function enable(origin: string): Promise<boolean> {
    const asked = browser.permissions.request({ origins: [originPattern(origin)] });
    void sendMessage({ type: 'case:site-pending', origin }).catch(() => undefined);
    try {
      if (!(await asked)) {
        setStatus({ kind: 'error', text: t('caseSiteDenied', origin) });
        return false;
      }
      setSites((await sendMessage({ type: 'case:enable-site', origin })) as SiteStatus[]);
      setStatus({ kind: 'ok', text: t('caseSiteEnabled', origin) });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseSiteAddress(address);
    if (!parsed.ok) return setStatus({ kind: 'error', text: parsed.error });
    void enable(parsed.origin).then((done) => done && setAddress(''));
  }

  async function remove(origin: string) {
    try {
      setSites((await sendMessage({ type: 'case:disable-site', origin })) as SiteStatus[]);
      setStatus({ kind: 'ok', text: t('caseSiteRemoved', origin) });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section id="case-sites" aria-labelledby="case-sites-title">
      <h2 id="case-sites-title">{t('caseSitesTitle')}</h2>
      <p>{t('caseSitesIntro')}</p>
      {locked ? (
        <p class="muted" id="case-sites-locked">{t('managedCaseSitesLocked')}</p>
      ) : (
      <form onSubmit={submit} class="subscribe-form">
        <label>
          {t('caseSiteAddress')}{' '}
          <input type="text" inputMode="url" id="case-site-address" spellcheck={false} value={address} onInput={(e) => setAddress(e.currentTarget.value)} placeholder="https://" size={40} />
        </label>{' '}
        <button type="submit">{t('caseSiteEnable')}</button>
      </form>
      )}
      <p role="status" class={status.kind === 'error' ? 'error' : 'muted'}>
        {status.kind === 'idle' ? '' : status.text}
      </p>
      {sites.length === 0 && proposed.length === 0 ? (
        <p class="muted">{t('caseSitesEmpty')}</p>
      ) : (
        <ul class="case-sites" aria-label={t('caseSitesListLabel')}>
          {proposed.map((origin) => (
            <li key={origin} class="case-site managed">
              <span class="case-site__origin">{origin}</span>
              <ManagedMark locked={false} />{' '}
              <button type="button" aria-label={t('managedAuthorizeLabel', origin)} onClick={() => void enable(origin)}>
                {t('managedAuthorize')}
              </button>
            </li>
          ))}
          {sites.map((site) => (
            <li key={site.origin} class="case-site">
              <span class="case-site__origin">{site.origin}</span>
              {isManaged(site.origin) && <ManagedMark locked={locked} />}
              {!site.granted && <span class="case-site__revoked"> — {t('caseSiteRevoked')}</span>}{' '}
              {!site.granted && (
                <button type="button" aria-label={t('caseSiteGrantLabel', site.origin)} onClick={() => void enable(site.origin)}>
                  {t('caseSiteGrant')}
                </button>
              )}{' '}
              {!(locked && isManaged(site.origin)) && (
                <button type="button" aria-label={t('caseSiteRemoveLabel', site.origin)} onClick={() => void remove(site.origin)}>
                  {t('caseSiteRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
