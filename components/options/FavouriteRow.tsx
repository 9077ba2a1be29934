import { useLayoutEffect, useRef } from 'preact/hooks';
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

/**
 * The favourite just filed under another group from its own select: its row is drawn anew under
 * that group (the old row and its select leave the page, and the focus with them), so the new
 * row's select takes the focus back, and ↓ goes on to the next group.
 */
let refocusFiled: { id: string; group: string } | undefined;

/** One favourite: drag it, or move it with ↑/↓ buttons (keyboard), file it under a group, remove it. */
export function FavouriteRow({ favourite, name, groups, first, last }: FavouriteRowProps) {
  const db = useDb();
  const id = favourite.partnerId;
  const shown = name ?? id;
  const select = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (refocusFiled?.id !== id || refocusFiled.group !== favourite.group) return;
    refocusFiled = undefined;
    if (document.activeElement !== select.current) select.current?.focus();
  });
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
        <select
          id={`fav-group-${id}`}
          ref={select}
          aria-label={t('favGroupOf', shown)}
          value={favourite.group}
          onChange={(event) => {
            const group = (event.target as HTMLSelectElement).value;
            // Only when the counsellor is on it (keyboard or pointer), not for a change made otherwise.
            refocusFiled = document.activeElement === event.target ? { id, group: group.trim() } : undefined;
            void setFavouriteGroup(db, id, group);
          }}
        >
          <option value="">{t('favUngrouped')}</option>
          {[...new Set([...groups, favourite.group])].filter(Boolean).map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
        <button type="button" onClick={() => void removeFavourite(db, id)} aria-label={t('favouriteRemove', shown)}>{t('remove')}</button>
      </span>
    </li>
  );
}
