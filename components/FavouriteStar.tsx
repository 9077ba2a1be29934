import { useLiveQuery } from './use-live-query';
import { isFavourite, toggleFavourite } from '../lib/db';
import { t } from '../lib/i18n';
import { useDb } from './db-context';

interface FavouriteStarProps {
  partnerId: string;
  partnerName: string;
}

export function FavouriteStar({ partnerId, partnerName }: FavouriteStarProps) {
  const db = useDb();
  const starred = useLiveQuery(() => isFavourite(db, partnerId), [db, partnerId]) ?? false;
  const label = starred ? t('favouriteRemove', partnerName) : t('favouriteAdd', partnerName);
  return (
    <button
      type="button"
      class={`star${starred ? ' star--on' : ''}`}
      aria-pressed={starred}
      aria-label={label}
      title={label}
      onClick={() => void toggleFavourite(db, partnerId)}
    >
      {starred ? '★' : '☆'}
    </button>
  );
}
