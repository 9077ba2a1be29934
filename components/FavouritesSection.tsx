import { useLiveQuery } from 'dexie-react-hooks';
import { getPartner, listFavourites, removeFavourite } from '../lib/db';
import { t } from '../lib/i18n';
import { useDb } from './db-context';

/** The counsellor's favourites, with the partner's name even when it left the directory. */
export function FavouritesSection() {
  const db = useDb();
  const rows = useLiveQuery(async () => {
    const favourites = await listFavourites(db);
    return Promise.all(favourites.map(async (f) => ({ favourite: f, partner: await getPartner(db, f.partnerId) })));
  }, [db]);
  return (
    <section aria-labelledby="favourites-title">
      <h2 id="favourites-title">{t('favouritesLabel')}</h2>
      {rows && rows.length === 0 && <p class="muted">{t('favouritesEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul class="plain" id="favourites-list">
          {rows.map(({ favourite, partner }) => {
            const name = partner?.nom ?? favourite.partnerId;
            return (
              <li key={favourite.partnerId} class="favourite">
                <span>{name}</span>
                {!partner && <span class="muted"> — {t('partnerMissing')}</span>}{' '}
                <button type="button" onClick={() => void removeFavourite(db, favourite.partnerId)} aria-label={t('favouriteRemove', name)}>
                  {t('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
