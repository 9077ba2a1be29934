import { t } from '../../lib/i18n';
import { FavouritesSection } from '../../components/FavouritesSection';
import { NotesOverviewSection } from '../../components/NotesOverviewSection';
import { OwnPartnersSection } from '../../components/OwnPartnersSection';
import { TerritorySection } from '../../components/TerritorySection';
import { BackupSection } from '../../components/BackupSection';
import { SourcesSection } from '../../components/SourcesSection';
import { ImportSection } from '../../components/ImportSection';
import { SubscribeSection } from '../../components/SubscribeSection';
import { NationalSourceSection } from '../../components/NationalSourceSection';
import { AboutSection } from '../../components/AboutSection';

// Vite bundles the worker from this exact `new Worker(new URL(…))` form.
const createImportWorker = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

export function App() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <FavouritesSection />
      <NotesOverviewSection />
      <OwnPartnersSection />
      <TerritorySection />
      <BackupSection />
      <SourcesSection />
      <ImportSection createWorker={createImportWorker} />
      <SubscribeSection />
      <NationalSourceSection />
      <AboutSection />
    </main>
  );
}
