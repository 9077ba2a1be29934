import { t } from '../../lib/i18n';
import { FavouritesSection } from '../../components/FavouritesSection';
import { NotesOverviewSection } from '../../components/NotesOverviewSection';
import { OwnPartnersSection } from '../../components/OwnPartnersSection';
import { TerritorySection } from '../../components/TerritorySection';
import { BackupSection } from '../../components/BackupSection';
import { SourcesSection } from '../../components/SourcesSection';
import { AboutSection } from '../../components/AboutSection';

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
      <AboutSection />
    </main>
  );
}
