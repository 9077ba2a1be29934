import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import { departementOfTerritory } from '../../lib/options/departement';
import { useSettings } from '../use-settings';
import { TerritorySection } from './TerritorySection';
import { WelcomeWays } from './WelcomeWays';
import { WelcomeHoldings } from './WelcomeHoldings';
import type { WorkerFactory } from './use-import';

const STEPS: MessageKey[] = ['welcomeStep1', 'welcomeStep2', 'welcomeStep3'];

interface WelcomeWizardProps {
  createWorker: WorkerFactory;
  /** Leaves the welcome for the options page. */
  onFinish: () => void;
}

/**
 * The first run, in three steps (opened at install): choose the territory; add its partners —
 * the team's file or address, the département from the national API, or the national open data,
 * each with what it takes; see what the directory holds there and how to search. Each step
 * reuses the options page's own sections, so the welcome and the page never disagree.
 */
export function WelcomeWizard({ createWorker, onFinish }: WelcomeWizardProps) {
  const settings = useSettings();
  const [step, setStep] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
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
        {step === 2 && <WelcomeWays createWorker={createWorker} departement={departementOfTerritory(territory)} />}
        {step === 3 && (
          <>
            <WelcomeHoldings territory={territory} onAddLocal={() => setStep(2)} />
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
