import type { Favourite } from '../schema';
import type { RepereDB } from './database';

export async function isFavourite(db: RepereDB, partnerId: string): Promise<boolean> {
  return (await db.favourites.get(partnerId)) !== undefined;
}

/** Stars or unstars a partner; a new favourite goes to the end of the list. Returns the new state. */
export async function toggleFavourite(db: RepereDB, partnerId: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.favourites, async () => {
    if (await db.favourites.get(partnerId)) {
      await db.favourites.delete(partnerId);
      return false;
    }
    const last = await db.favourites.orderBy('order').last();
    await db.favourites.put({ partnerId, addedAt: now, order: (last?.order ?? 0) + 1, group: '' });
    return true;
  });
}

export async function removeFavourite(db: RepereDB, partnerId: string): Promise<void> {
  await db.favourites.delete(partnerId);
}

export async function listFavourites(db: RepereDB): Promise<Favourite[]> {
  return db.favourites.orderBy('order').toArray();
}
