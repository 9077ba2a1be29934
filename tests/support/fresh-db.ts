import Dexie from 'dexie';
import { RepereDB } from '../../lib/db';

/** A database of its own for one test (fake-indexeddb), so tests never see each other's data. */
export function openFreshDb(prefix = 'repere-test'): RepereDB {
  return new RepereDB(`${prefix}-${Math.random().toString(36).slice(2)}`);
}

/** Closes and deletes a test database. */
export async function dropDb(db: RepereDB): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}
