import { t } from '../../lib/i18n';
import { FavouritesSection } from '../../components/options/FavouritesSection';
import { NotesOverviewSection } from '../../components/options/NotesOverviewSection';
import { OwnPartnersSection } from '../../components/options/OwnPartnersSection';
import { TerritorySection } from '../../components/options/TerritorySection';
import { BackupSection } from '../../components/options/BackupSection';
import { SourcesSection } from '../../components/options/SourcesSection';
import { ImportSection } from '../../components/options/ImportSection';
import { SubscribeSection } from '../../components/options/SubscribeSection';
import { NationalSourceSection } from '../../components/options/NationalSourceSection';
import { AboutSection } from '../../components/options/AboutSection';
import { FollowUpSection } from '../../components/options/FollowUpSection';
import { CaseSitesSection } from '../../components/options/CaseSitesSection';

// Vite bundles the worker from this exact `new Worker(new URL(…))` form.
const createImportWorker = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
const createRestoreWorker = () => new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' });

export function App() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <FavouritesSection />
      <NotesOverviewSection />
      <OwnPartnersSection />
      <FollowUpSection />
      <TerritorySection />
      <BackupSection createRestoreWorker={createRestoreWorker} />
      <SourcesSection />
      <ImportSection createWorker={createImportWorker} />
      <SubscribeSection />
      <NationalSourceSection />
      <CaseSitesSection />
      <AboutSection />
    </main>
  );
}
