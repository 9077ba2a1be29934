import { t } from '../../lib/i18n';
import { FavouritesSection } from '../../components/FavouritesSection';
import { SourcesSection } from '../../components/SourcesSection';
import { AboutSection } from '../../components/AboutSection';

export function App() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <FavouritesSection />
      <SourcesSection />
      <AboutSection />
    </main>
  );
}
