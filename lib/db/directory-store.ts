import type { DirectorySource, Partner } from '../schema';
import { categoriesOfPartner, newestDate } from '../directory';
import type { RepereDB, StoredPartner } from './database';

import { DIRECTORY_VERSION_KEY } from './search-inputs';

/** The counsellor's own partners: edited one by one, never replaced or removed by an import. */
export const OWN_SOURCE_ID = 'repere-own';

function refuseOwnSource(sourceId: string, kind?: string): void {
  if (sourceId === OWN_SOURCE_ID || kind === 'own') {
    throw new Error('Vos propres partenaires ne peuvent pas être remplacés par un import.');
  }
}

/** Inside a transaction on `meta`: tells every cached search index that the directory changed. */
export async function bumpDirectoryVersion(db: RepereDB): Promise<void> {
  const current = await db.meta.get(DIRECTORY_VERSION_KEY);
  await db.meta.put({ key: DIRECTORY_VERSION_KEY, value: ((current?.value as number) ?? 0) + 1 });
}

export interface ReplaceOptions {
  /** Called inside the transaction, after the old rows are gone: lets tests force a failure. */
  afterDelete?: () => void;
  now?: number;
  /** Called after each batch written, with the share done (0…1): a national import takes a while. */
  onProgress?: (fraction: number) => void;
}

/** Rows written per bulkAdd: small enough to report progress, large enough to stay fast. */
const WRITE_BATCH = 5000;

/**
 * Replaces every partner of one source, atomically: the old rows are deleted and the new ones
 * written in a single IndexedDB transaction with no other await inside, so any failure leaves
 * the previous directory exactly as it was. User data (favourites, notes…) is never touched.
 */
export async function replaceSourcePartners(
  db: RepereDB,
  source: Omit<DirectorySource, 'partnerCount' | 'updatedAt' | 'newestRecord'>,
  partners: readonly Partner[],
  options: ReplaceOptions = {},
): Promise<DirectorySource> {
  refuseOwnSource(source.id, source.kind);
  const rows: StoredPartner[] = partners.map((partner) => ({
    ...partner,
    origin: source.id,
    categories: categoriesOfPartner(partner),
  }));
  const stored: DirectorySource = {
    ...source,
    partnerCount: rows.length,
    updatedAt: options.now ?? Date.now(),
    newestRecord: newestDate(partners),
    lastError: undefined,
    lastErrorAt: undefined,
  };
  await db.transaction('rw', db.partners, db.sources, db.meta, async () => {
    await db.partners.where('origin').equals(source.id).delete();
    options.afterDelete?.();
    // Batches within the same transaction: still all or nothing.
    for (let start = 0; start < rows.length; start += WRITE_BATCH) {
      await db.partners.bulkAdd(rows.slice(start, start + WRITE_BATCH));
      options.onProgress?.(Math.min(1, (start + WRITE_BATCH) / rows.length));
    }
    await db.sources.put(stored);
    const current = await db.meta.get(DIRECTORY_VERSION_KEY);
    await db.meta.put({ key: DIRECTORY_VERSION_KEY, value: ((current?.value as number) ?? 0) + 1 });
  });
  return stored;
}

/** Removes a source and its partners in one transaction; user data stays. */
export async function removeSource(db: RepereDB, sourceId: string): Promise<void> {
  refuseOwnSource(sourceId);
  await db.transaction('rw', db.partners, db.sources, db.meta, async () => {
    await db.partners.where('origin').equals(sourceId).delete();
    await db.sources.delete(sourceId);
    const current = await db.meta.get(DIRECTORY_VERSION_KEY);
    await db.meta.put({ key: DIRECTORY_VERSION_KEY, value: ((current?.value as number) ?? 0) + 1 });
  });
}

export { directoryVersion } from './search-index-state';

/**
 * All partners, one per id: when two sources hold the same id, the source with the higher
 * priority wins, then the most recently updated one.
 */
export async function loadPartners(db: RepereDB): Promise<StoredPartner[]> {
  const [rows, sources] = await Promise.all([db.partners.toArray(), db.sources.toArray()]);
  return pickOnePerId(rows, sources);
}

/**
 * Whether source `a` wins over source `b` for a partner id both hold, and why: the higher
 * priority first, then the most recently updated.
 */
export function outranks(a: DirectorySource | undefined, b: DirectorySource | undefined): { wins: boolean; reason: 'priority' | 'recency' } {
  const pa = a?.priority ?? 0;
  const pb = b?.priority ?? 0;
  if (pa !== pb) return { wins: pa > pb, reason: 'priority' };
  return { wins: (a?.updatedAt ?? 0) >= (b?.updatedAt ?? 0), reason: 'recency' };
}

export function pickOnePerId(rows: readonly StoredPartner[], sources: readonly DirectorySource[]): StoredPartner[] {
  const rank = new Map(sources.map((s) => [s.id, s]));
  const better = (a: StoredPartner, b: StoredPartner) => outranks(rank.get(a.origin), rank.get(b.origin)).wins;
  const byId = new Map<string, StoredPartner>();
  for (const row of rows) {
    const current = byId.get(row.id);
    if (!current || better(row, current)) byId.set(row.id, row);
  }
  return [...byId.values()];
}

/** Several partners by id in one reading, chosen the same way as `loadPartners`; absent ids are left out. */
export async function getPartners(db: RepereDB, ids: readonly string[]): Promise<Map<string, StoredPartner>> {
  if (ids.length === 0) return new Map();
  const [rows, sources] = await Promise.all([db.partners.where('id').anyOf(ids as string[]).toArray(), db.sources.toArray()]);
  return new Map(pickOnePerId(rows, sources).map((partner) => [partner.id, partner]));
}

/** One partner by id, chosen the same way as `loadPartners`. */
export async function getPartner(db: RepereDB, id: string): Promise<StoredPartner | undefined> {
  const [rows, sources] = await Promise.all([db.partners.where('id').equals(id).toArray(), db.sources.toArray()]);
  return pickOnePerId(rows, sources)[0];
}
