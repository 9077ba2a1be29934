import { useState } from 'preact/hooks';
import { referenceEntries, referenceEntry, searchReference } from '../../lib/reference';
import { t } from '../../lib/i18n';
import { MapEntry } from '../../components/reference/MapEntry';
import { ReferenceEntryView } from '../../components/reference/ReferenceEntryView';
import { ReferenceMap, type MapView } from '../../components/reference/ReferenceMap';
import { useLocationHash } from '../../components/reference/use-location-hash';
import { referencePageHref } from '../../components/reference/reference-navigation';

/** « Qui porte quoi ? »: the map by carrier or by need, and one entry at `reference.html#<id>`. */
export function App() {
  const hash = useLocationHash();
  const [view, setView] = useState<MapView>('carrier');
  const [filter, setFilter] = useState('');
  const entry = hash ? referenceEntry(hash) : undefined;

  if (entry) {
    return (
      <main class="reference-page">
        <ReferenceEntryView entry={entry} back={<a href={referencePageHref()} class="no-print">← {t('refBackToMap')}</a>} />
      </main>
    );
  }

  const found = filter.trim() ? searchReference(filter, 20) : undefined;
  return (
    <main class="reference-page">
      <h1>{t('refPageTitle')}</h1>
      <p>{t('refPageIntro')}</p>
      <p class="muted">{t('refEntryCount', referenceEntries().length)}</p>
      <div class="reference-controls no-print">
        <div role="group" aria-label={t('refBrowse')} class="reference-controls__views">
          <button type="button" aria-pressed={view === 'carrier'} onClick={() => setView('carrier')}>{t('refByCarrier')}</button>
          <button type="button" aria-pressed={view === 'need'} onClick={() => setView('need')}>{t('refByNeed')}</button>
        </div>
        <label class="reference-controls__filter">
          {t('refFilter')}
          <input type="search" value={filter} onInput={(event) => setFilter((event.target as HTMLInputElement).value)} />
        </label>
        <button type="button" onClick={() => print()}>{t('refPrint')}</button>
      </div>
      {found ? (
        found.length > 0 ? (
          <ul class="plain map-group__list">{found.map((e) => <MapEntry key={e.id} entry={e} />)}</ul>
        ) : (
          <p role="status">{t('refFilterNone', filter.trim())}</p>
        )
      ) : (
        <ReferenceMap entries={referenceEntries()} view={view} />
      )}
    </main>
  );
}
