import { useEffect, useState } from 'preact/hooks';
import type { PlaceOption } from '../../lib/geography';
import { saveSettings } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { PlacePicker } from './PlacePicker';
import { SyncNotice } from '../SyncNotice';
import { useManagedState, useSettings } from '../use-settings';
import { ManagedMark } from './ManagedNotice';
import { pageGeography } from './page-geography';

/** The counsellor's commune(s), EPCI or département: partners there rank higher in searches. */
export function TerritorySection() {
  const settings = useSettings();
  const managed = useManagedState();
  const managedPlaces = managed?.territory ?? [];
  const locked = managed?.policy.locked.territory ?? false;
  const isManaged = (place: { kind: string; code: string }) => managedPlaces.some((m) => m.kind === place.kind && m.code === place.code);
  // The geography ships with the extension (data/geography.json, emitted at build time from
  // official data): read and searched by a worker, the picker is there at once.
  const geography = pageGeography();
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    geography.ready().catch(() => setError(t('territoryLoadError')));
  }, []);

  async function update(territory: NonNullable<typeof settings>['territory'], message: string) {
    await saveSettings({ ...settings!, territory });
    setStatus(message);
  }

  function pick(option: PlaceOption) {
    if (!settings) return;
    if (locked || isManaged(option) || settings.territory.some((p) => p.kind === option.kind && p.code === option.code)) return;
    // An EPCI's member communes are spelt out by the worker, which holds the geography.
    geography.toPlace(option).then(
      (place) => update([...settings.territory, place], t('territoryAdded', option.label)),
      () => setError(t('territoryLoadError')),
    );
  }

  return (
    <section aria-labelledby="territory-title" id="territory">
      <h2 id="territory-title">{t('territoryTitle')}</h2>
      <p class="muted">{t('territoryIntro')}</p>
      <SyncNotice name="settings" />
      {settings && settings.territory.length === 0 && managedPlaces.length === 0 && <p class="muted">{t('territoryEmpty')}</p>}
      <ul class="plain" id="territory-list">
        {managedPlaces.map((place) => (
          <li key={`managed-${place.kind}-${place.code}`} class="managed">
            {place.label}
            <ManagedMark locked />
          </li>
        ))}
        {!locked && settings?.territory.filter((place) => !isManaged(place)).map((place) => (
          <li key={`${place.kind}-${place.code}`}>
            {place.label}{' '}
            <button
              type="button"
              class="link-button"
              aria-label={t('territoryRemove', place.label)}
              onClick={() => void update(settings.territory.filter((p) => p !== place), t('territoryRemoved', place.label))}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      {locked && <p class="muted" id="territory-locked">{t('managedTerritoryLocked')}</p>}
      {settings && !locked && !error && <PlacePicker geography={geography} onPick={pick} />}
      {error && <p role="alert" class="error">{error}</p>}
      <p role="status" class="muted">{status}</p>
    </section>
  );
}
