import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { groupOfHash, WELCOME_HASH } from '../../lib/options/groups';
import { useLocationHash } from '../../components/use-location-hash';
import { OptionsNav } from '../../components/options/OptionsNav';
import { OptionsGroup } from '../../components/options/OptionsGroup';
import { WelcomeBanner } from '../../components/options/WelcomeBanner';
import { ManagedNotice } from '../../components/options/ManagedNotice';
import { WelcomeWizard } from '../../components/options/WelcomeWizard';
import { FavouritesSection } from '../../components/options/FavouritesSection';
import { NotesOverviewSection } from '../../components/options/NotesOverviewSection';
import { OwnPartnersSection } from '../../components/options/OwnPartnersSection';
import { TerritorySection } from '../../components/options/TerritorySection';
import { BackupSection } from '../../components/options/BackupSection';
import { WipeDataSection } from '../../components/options/WipeDataSection';
import { SourcesSection } from '../../components/options/SourcesSection';
import { ImportSection } from '../../components/options/ImportSection';
import { SubscribeSection } from '../../components/options/SubscribeSection';
import { NationalSourceSection } from '../../components/options/NationalSourceSection';
import { StarterVisibility } from '../../components/options/StarterVisibility';
import { AboutSection } from '../../components/options/AboutSection';
import { FollowUpSection } from '../../components/options/FollowUpSection';
import { CaseSitesSection } from '../../components/options/CaseSitesSection';

// Vite bundles the worker from this exact `new Worker(new URL(…))` form.
const createImportWorker = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
const createRestoreWorker = () => new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' });

export function App() {
  const hash = useLocationHash();
  const current = groupOfHash(hash);
  // A deep link (options.html#annuaire, or a section's own #import) lands on its target with the
  // keyboard focus, also when the page was opened on it (the parts exist only once rendered).
  useEffect(() => {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target && current) {
      target.scrollIntoView({ block: 'start' });
      if (target.tabIndex >= 0 || target.classList.contains('options-group')) target.focus({ preventScroll: true });
    }
  }, [hash]);

  if (hash === `#${WELCOME_HASH}`) return <WelcomeWizard createWorker={createImportWorker} onFinish={() => (location.hash = 'reseau')} />;
  return (
    <div class="options-layout">
      <OptionsNav current={current} />
      <main>
        <h1>{t('optionsTitle')}</h1>
        <ManagedNotice />
        <WelcomeBanner />
        <OptionsGroup id="reseau">
          <FavouritesSection />
          <OwnPartnersSection />
          <NotesOverviewSection />
          <FollowUpSection />
        </OptionsGroup>
        <OptionsGroup id="territoire">
          <TerritorySection />
        </OptionsGroup>
        <OptionsGroup id="annuaire">
          <SourcesSection />
          <StarterVisibility />
          <NationalSourceSection />
          <ImportSection createWorker={createImportWorker} />
          <SubscribeSection />
        </OptionsGroup>
        <OptionsGroup id="sites-de-suivi">
          <CaseSitesSection />
        </OptionsGroup>
        <OptionsGroup id="sauvegarde">
          <BackupSection createRestoreWorker={createRestoreWorker} />
        </OptionsGroup>
        <OptionsGroup id="a-propos">
          <AboutSection />
        </OptionsGroup>
        <WipeDataSection />
      </main>
    </div>
  );
}
