import { entriesByCarrier, entriesByNeed, type CarrierKind, type ReferenceEntry } from '../../lib/reference';
import { t, type MessageKey } from '../../lib/i18n';
import { displayLabel } from '../../lib/taxonomy';
import { MapEntry } from './MapEntry';

export type MapView = 'carrier' | 'need';

const CARRIER_LABEL: Record<CarrierKind, MessageKey> = {
  etat: 'refCarrierEtat',
  'securite-sociale': 'refCarrierSecuriteSociale',
  region: 'refCarrierRegion',
  departement: 'refCarrierDepartement',
  commune: 'refCarrierCommune',
  association: 'refCarrierAssociation',
  entreprise: 'refCarrierEntreprise',
};

interface ReferenceMapProps {
  entries: readonly ReferenceEntry[];
  view: MapView;
}

/** The « carte des acteurs »: every entry under its carrier, or under each need it answers. */
export function ReferenceMap({ entries, view }: ReferenceMapProps) {
  const groups =
    view === 'carrier'
      ? entriesByCarrier(entries).map((g) => ({ key: g.kind, label: t(CARRIER_LABEL[g.kind]), entries: g.entries }))
      : entriesByNeed(entries).map((g) => ({ key: g.category, label: displayLabel('categorie', g.category), entries: g.entries }));
  return (
    <div class="reference-map">
      {groups.map((group) => (
        <section key={group.key} class="map-group" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>
            {group.label} <span class="muted">({group.entries.length})</span>
          </h2>
          <ul class="plain map-group__list">
            {group.entries.map((entry) => <MapEntry key={entry.id} entry={entry} />)}
          </ul>
        </section>
      ))}
    </div>
  );
}
