import type { ReferenceEntry } from '../../lib/reference';
import { t } from '../../lib/i18n';
import { TranslatedWithData } from '../translated-with-data';

/** One line of the printable map: name, carrier and funders, public, access. */
export function MapEntry({ entry }: { entry: ReferenceEntry }) {
  return (
    <li class="map-entry">
      <h3 class="map-entry__name" lang="fr">
        <a href={`#${entry.id}`}>{entry.sigle ? `${entry.sigle} — ${entry.nom}` : entry.nom}</a>
      </h3>
      <p class="map-entry__carrier"><TranslatedWithData id="refCarrierLine" data={[entry.porteur, entry.financeurs.join(', ')]} /></p>
      <p class="map-entry__detail"><strong>{t('fieldLabel', t('refPublics'))}</strong> <span lang="fr">{entry.publics}</span></p>
      <p class="map-entry__detail"><strong>{t('fieldLabel', t('refAccess'))}</strong> <span lang="fr">{entry.acces}</span></p>
    </li>
  );
}
