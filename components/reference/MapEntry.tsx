import type { ReferenceEntry } from '../../lib/reference';
import { t } from '../../lib/i18n';

/** One line of the printable map: name, carrier and funders, public, access. */
export function MapEntry({ entry }: { entry: ReferenceEntry }) {
  return (
    <li class="map-entry">
      <h3 class="map-entry__name">
        <a href={`#${entry.id}`}>{entry.sigle ? `${entry.sigle} — ${entry.nom}` : entry.nom}</a>
      </h3>
      <p class="map-entry__carrier">{t('refCarrierLine', entry.porteur, entry.financeurs.join(', '))}</p>
      <p class="map-entry__detail"><strong>{t('refPublics')} :</strong> {entry.publics}</p>
      <p class="map-entry__detail"><strong>{t('refAccess')} :</strong> {entry.acces}</p>
    </li>
  );
}
