import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { t, tn, type MessageKey } from '../../lib/i18n';
import { departementOfTerritory } from '../../lib/options/departement';
import { useDb } from '../db-context';
import { useSettings } from '../use-settings';
import { TerritorySection } from './TerritorySection';
import { NationalSourceSection } from './NationalSourceSection';
import { ImportSection } from './ImportSection';
import type { WorkerFactory } from './use-import';

const STEPS: MessageKey[] = ['welcomeStep1', 'welcomeStep2', 'welcomeStep3'];

interface WelcomeWizardProps {
  createWorker: WorkerFactory;
  /** Leaves the welcome for the options page. */
  onFinish: () => void;
}

/**
 * The first run, in three steps: choose the territory; load the département's data·inclusion
 * directory or import the team's file; see that it is ready and how to search. Each step reuses
 * the options page's own section, so the welcome and the page never disagree.
 */
export function WelcomeWizard({ createWorker, onFinish }: WelcomeWizardProps) {
  const db = useDb();
  const settings = useSettings();
  const [step, setStep] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const partnerCount = useLiveQuery(async () => (await db.sources.toArray()).reduce((sum, s) => sum + s.partnerCount, 0), [db]);
  // A new step replaces the content: the keyboard starts again from its heading.
  useLayoutEffect(() => heading.current?.focus(), [step]);
  const territory = settings?.territory ?? [];

  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <ol class="welcome-steps" aria-label={t('welcomeStepsLabel')}>
        {STEPS.map((key, index) => (
          <li key={key} aria-current={index + 1 === step ? 'step' : undefined} class={index + 1 < step ? 'welcome-steps__done' : undefined}>
            {t(key)}
          </li>
        ))}
      </ol>
      <section class="welcome-step" aria-labelledby="welcome-step-title">
        <h2 id="welcome-step-title" tabIndex={-1} ref={heading}>
          {t('welcomeStepOf', step, t(STEPS[step - 1]))}
        </h2>
        {step === 1 && (
          <>
            <p>{t('welcomeTerritoryHelp')}</p>
            <TerritorySection />
          </>
        )}
        {step === 2 && (
          <>
            <p>{t('welcomeDirectoryHelp')}</p>
            <NationalSourceSection initialDepartement={departementOfTerritory(territory)} />
            <ImportSection createWorker={createWorker} />
          </>
        )}
        {step === 3 && (
          <>
            <p>{territory.length > 0 ? t('welcomeTerritoryChosen', territory.map((p) => p.label).join(', ')) : t('welcomeNoTerritory')}</p>
            {partnerCount !== undefined && <p>{tn(partnerCount, 'welcomeDirectoryCountOne', 'welcomeDirectoryCountOther')}</p>}
            <p>{t('welcomeHowToSearch')}</p>
          </>
        )}
      </section>
      <p class="welcome-actions">
        {step > 1 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            {t('welcomeBack')}
          </button>
        )}{' '}
        {step < 3 ? (
          <button type="button" class="primary" onClick={() => setStep(step + 1)}>
            {t('welcomeNext')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={onFinish}>
            {t('welcomeFinish')}
          </button>
        )}
      </p>
    </main>
  );
}
