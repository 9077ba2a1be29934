import { useLiveQuery } from '../use-live-query';
import { t } from '../../lib/i18n';
import { WELCOME_HASH } from '../../lib/options/groups';
import { useDb } from '../db-context';
import { useEffectiveSettings } from '../use-settings';

/** Offered while Repère knows only the national starter partners and no territory. */
export function WelcomeBanner() {
  const db = useDb();
  const settings = useEffectiveSettings();
  const ownSources = useLiveQuery(() => db.sources.where('kind').anyOf('file', 'url').count(), [db]);
  if (!settings || ownSources === undefined || settings.territory.length > 0 || ownSources > 0) return null;
  return (
    <aside class="welcome-banner" aria-labelledby="welcome-banner-title">
      <h2 id="welcome-banner-title">{t('welcomeBannerTitle')}</h2>
      <p>{t('welcomeBannerText')}</p>
      <a class="button primary" href={`#${WELCOME_HASH}`}>{t('welcomeStart')}</a>
    </aside>
  );
}
