import { t } from '../../lib/i18n';
import { OPEN_DATA_PAGE } from '../../lib/options/data-inclusion-links';
import { SafeLink } from '../SafeLink';
import { ImportSection } from './ImportSection';
import { NationalSourceSection } from './NationalSourceSection';
import { SubscribeSection } from './SubscribeSection';
import type { WorkerFactory } from './use-import';

interface WelcomeWaysProps {
  createWorker: WorkerFactory;
  departement?: string;
}

/**
 * Each way is a part under its heading, not a landmark of its own: the sections it holds are.
 *
 * The welcome's second step: every way to the territory's partners, each with what it takes —
 * the team's file or address, the national API with a token, the national open data.
 */
export function WelcomeWays({ createWorker, departement }: WelcomeWaysProps) {
  return (
    <>
      <p>{t('welcomeDirectoryHelp')}</p>
      <div class="welcome-way">
        <h3 id="way-team">{t('welcomeWayTeamTitle')}</h3>
        <p>{t('welcomeWayTeamNeeds')}</p>
        <ImportSection createWorker={createWorker} />
        <SubscribeSection />
      </div>
      <div class="welcome-way">
        <h3 id="way-api">{t('welcomeWayApiTitle')}</h3>
        <NationalSourceSection initialDepartement={departement} labelledBy="way-api" />
      </div>
      <div class="welcome-way">
        <h3 id="way-open">{t('welcomeWayOpenTitle')}</h3>
        <p>{t('welcomeWayOpenNeeds')}</p>
        <p>
          <SafeLink href={OPEN_DATA_PAGE}>{t('welcomeWayOpenLink')}</SafeLink>
        </p>
      </div>
    </>
  );
}
