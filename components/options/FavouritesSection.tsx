import { useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { addGroup, getGroupedPartner, groupFavourites, listFavourites, listGroups, removeGroup } from '../../lib/db';
import { t } from '../../lib/i18n';
import { translateFrench } from '../../lib/i18n-french';
import { useDb } from '../db-context';
import { FavouriteRow } from './FavouriteRow';
import { SyncNotice } from '../SyncNotice';
import { useFavouritesSync } from '../use-favourites-sync';

/** The counsellor's favourites under their own group labels, in their own order. */
export function FavouritesSection() {
  const db = useDb();
  useFavouritesSync();
  const data = useLiveQuery(async () => {
    const [favourites, groups] = await Promise.all([listFavourites(db), listGroups(db)]);
    const names = new Map(await Promise.all(favourites.map(async (f) => [f.partnerId, (await getGroupedPartner(db, f.partnerId))?.nom] as const)));
    return { groups, names, grouped: groupFavourites(favourites, groups, true), count: favourites.length };
  }, [db]);
  const [newGroup, setNewGroup] = useState('');
  const [error, setError] = useState('');

  async function submitGroup(event: Event) {
    event.preventDefault();
    const result = await addGroup(db, newGroup);
    // lib/db writes French (from the catalogue): shown in the interface's language.
    setError(result.error ? translateFrench(result.error) : '');
    if (!result.error) setNewGroup('');
  }

  return (
    <section aria-labelledby="favourites-title" id="favourites">
      <h2 id="favourites-title">{t('favouritesLabel')}</h2>
      <SyncNotice name="favourites" />
      {data && data.count === 0 && <p class="muted">{t('favouritesEmpty')}</p>}
      {data && data.count > 0 && <p class="muted">{t('favReorderHint')}</p>}
      <div id="favourites-list">
        {data?.grouped.map((group) => (
          <div key={group.label || '-'} class="fav-group" role="group" aria-labelledby={`fav-group-title-${group.label || '-'}`}>
            {(group.label || data.grouped.length > 1) && (
              <h3 id={`fav-group-title-${group.label || '-'}`}>
                {group.label || t('favUngrouped')}{' '}
                {group.label && (
                  <button type="button" class="link-button" onClick={() => void removeGroup(db, group.label)} aria-label={t('favGroupDelete', group.label)}>
                    {t('notesDelete')}
                  </button>
                )}
              </h3>
            )}
            {group.favourites.length === 0 && <p class="muted">{t('favGroupEmpty')}</p>}
            <ul class="plain">
              {group.favourites.map((favourite, i) => (
                <FavouriteRow
                  key={favourite.partnerId}
                  favourite={favourite}
                  name={data.names.get(favourite.partnerId)}
                  groups={data.groups}
                  first={i === 0}
                  last={i === group.favourites.length - 1}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
      <form class="inline-form" onSubmit={(event) => void submitGroup(event)}>
        <label for="new-group">{t('favNewGroup')}</label>
        <input id="new-group" type="text" value={newGroup} placeholder={t('favNewGroupPlaceholder')} onInput={(event) => setNewGroup((event.target as HTMLInputElement).value)} />
        <button type="submit">{t('favAddGroup')}</button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
