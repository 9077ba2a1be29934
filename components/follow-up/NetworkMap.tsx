import { useLiveQuery } from '../use-live-query';
import { frenchDate, loadNetworkMap } from '../../lib/partnership';
import { displayLabel } from '../../lib/taxonomy';
import { formatDate, t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { STATUS_LABELS } from '../card/PartnershipBlock';

/** « Cartographie de mon réseau »: the printable map of the counsellor's network by need and commune. */
export function NetworkMap() {
  const db = useDb();
  const groups = useLiveQuery(() => loadNetworkMap(db), [db]);
  const printed = formatDate(new Date());
  return (
    <main class="map">
      <h1>{t('followMapTitle')}</h1>
      <p class="muted">{t('followMapIntro', printed)}</p>
      <p class="no-print"><button type="button" onClick={() => window.print()}>{t('followMapPrint')}</button></p>
      {groups && groups.length === 0 && <p role="status">{t('followMapEmpty')}</p>}
      {groups?.map((group) => (
        <section key={group.category} class="map-category" aria-labelledby={`map-${group.category || 'other'}`}>
          <h2 id={`map-${group.category || 'other'}`}>{group.category ? displayLabel('categorie', group.category) : t('followMapOther')}</h2>
          {group.communes.map(({ commune, entries }) => (
            <div key={commune} class="map-commune">
              <h3>{commune || t('followMapNoCommune')}</h3>
              <div class="table-scroll" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('followColPartner')}</th>
                    <th scope="col">{t('followStatusLabel')}</th>
                    <th scope="col">{t('followMapConvention')}</th>
                    <th scope="col">{t('followMapLastContact')}</th>
                    <th scope="col">{t('followMapPhone')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>{entry.favourite ? `★ ${entry.nom}` : entry.nom}{entry.favourite && <span class="visually-hidden"> ({t('followMapFavourite')})</span>}</td>
                      <td>{t(STATUS_LABELS[entry.status])}</td>
                      <td>{entry.conventionEnd ? t('followMapConventionEnds', frenchDate(entry.conventionEnd)) : ''}</td>
                      <td>{frenchDate(entry.lastContact)}</td>
                      <td>{entry.telephone ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </div>
          ))}
        </section>
      ))}
    </main>
  );
}
