import { focusSoon } from '../focus';
import { moveFavourite, placeFavouriteBefore, removeFavourite, setFavouriteGroup } from '../../lib/db';
import type { Favourite } from '../../lib/schema';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';

interface FavouriteRowProps {
  favourite: Favourite;
  /** The partner's name, or undefined when it left the directory. */
  name: string | undefined;
  groups: readonly string[];
  first: boolean;
  last: boolean;
}

const DRAG_TYPE = 'application/x-repere-favourite';

/** One favourite: drag it, or move it with ↑/↓ buttons (keyboard), file it under a group, remove it. */
export function FavouriteRow({ favourite, name, groups, first, last }: FavouriteRowProps) {
  const db = useDb();
  const id = favourite.partnerId;
  const shown = name ?? id;
  return (
    <li
      class="favourite"
      draggable
      data-partner-id={id}
      onDragStart={(event) => event.dataTransfer?.setData(DRAG_TYPE, id)}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        const dragged = event.dataTransfer?.getData(DRAG_TYPE);
        if (dragged) void placeFavouriteBefore(db, dragged, id);
      }}
    >
      <span class="favourite__handle" aria-hidden="true">⠿</span>
      <span class="favourite__name">{shown}</span>
      {!name && <span class="muted"> — {t('partnerMissing')}</span>}
      <span class="favourite__actions">
        {/* aria-disabled, not disabled: « Descendre » pressed onto the last place keeps the focus
            (a disabled button would drop it to the page); the moved row's button gets it back. */}
        <button type="button" id={`fav-up-${id}`} aria-disabled={first} onClick={() => !first && void moveFavourite(db, id, -1).then(() => focusSoon(`fav-up-${id}`))} aria-label={t('favMoveUp', shown)}>↑</button>
        <button type="button" id={`fav-down-${id}`} aria-disabled={last} onClick={() => !last && void moveFavourite(db, id, 1).then(() => focusSoon(`fav-down-${id}`))} aria-label={t('favMoveDown', shown)}>↓</button>
        <select id={`fav-group-${id}`} aria-label={t('favGroupOf', shown)} value={favourite.group} onChange={(event) => void setFavouriteGroup(db, id, (event.target as HTMLSelectElement).value)}>
          <option value="">{t('favUngrouped')}</option>
          {[...new Set([...groups, favourite.group])].filter(Boolean).map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
        <button type="button" onClick={() => void removeFavourite(db, id)} aria-label={t('favouriteRemove', shown)}>{t('remove')}</button>
      </span>
    </li>
  );
}
