import type { DirectorySource, Partner } from '../schema';
import { categoriesOfPartner, newestDate } from '../directory';
import { publishedId, scopedId } from '../directory/record-id';

export { publishedId, scopeOf, scopedId } from '../directory/record-id';
import type { RepereDB, StoredPartner } from './database';

import { DIRECTORY_VERSION_KEY } from './search-inputs';
import { t } from '../i18n';

/** The counsellor's own partners: edited one by one, never replaced or removed by an import. */
export const OWN_SOURCE_ID = 'repere-own';

function refuseOwnSource(sourceId: string, kind?: string): void {
  if (sourceId === OWN_SOURCE_ID || kind === 'own') {
    throw new Error(t('ownSourceNotReplaced'));
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
  source: Omit<DirectorySource, 'partnerCount' | 'updatedAt' | 'newestRecord' | 'priority'> & { priority?: number },
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
    priority: 0,
    partnerCount: rows.length,
    updatedAt: options.now ?? Date.now(),
    newestRecord: newestDate(partners),
    lastError: undefined,
    lastErrorAt: undefined,
  };
  await db.transaction('rw', db.partners, db.sources, db.meta, async () => {
    stored.priority = await trustRankFor(db, source.id);
    // The coordinator set in the options (« Adresse des signalements ») survives a re-import.
    if (!stored.coordinatorEmail) {
      const kept = (await db.sources.get(source.id))?.coordinatorEmail;
      if (kept) stored.coordinatorEmail = kept;
    }
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

/**
 * The trust rank (`priority`, higher first) of a source being written: the one it has, else just
 * below every source already there. A source added later never outranks the earlier ones until
 * the counsellor moves it up (« Sources de l'annuaire »); the counsellor's own partners stay on top.
 */
async function trustRankFor(db: RepereDB, sourceId: string): Promise<number> {
  const existing = await db.sources.get(sourceId);
  if (existing) return existing.priority;
  const others = (await db.sources.toArray()).filter((s) => s.kind !== 'own').map((s) => s.priority);
  return others.length > 0 ? Math.min(...others) - 1 : 0;
}

/** Sources in trust order, most trusted first: rank, then (for sources of equal rank) the older one. */
export function byTrust(a: DirectorySource, b: DirectorySource): number {
  return b.priority - a.priority || a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Moves a source one place up (-1) or down (+1) in the trust order, swapping ranks with its
 * neighbour; the counsellor's own partners keep the top. Ranks are renumbered first so no two
 * sources share one.
 */
export async function moveSource(db: RepereDB, sourceId: string, step: -1 | 1): Promise<void> {
  await db.transaction('rw', db.sources, db.meta, async () => {
    const ordered = (await db.sources.toArray()).filter((s) => s.kind !== 'own').sort(byTrust);
    const at = ordered.findIndex((s) => s.id === sourceId);
    const to = at + step;
    if (at < 0 || to < 0 || to >= ordered.length) return;
    [ordered[at], ordered[to]] = [ordered[to], ordered[at]];
    await Promise.all(ordered.map((s, index) => db.sources.update(s.id, { priority: -index })));
    await bumpDirectoryVersion(db);
  });
}

/** Sets (or clears, with '') who receives « Signaler une erreur » for a source's records. */
export async function setSourceCoordinator(db: RepereDB, sourceId: string, email: string): Promise<void> {
  await db.sources.update(sourceId, { coordinatorEmail: email.trim() || undefined });
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
 * All partners, every record once: records are identified by (source, id), so a source reusing
 * another's id never replaces its record (see `scopeIds`).
 */
export async function loadPartners(db: RepereDB): Promise<StoredPartner[]> {
  const [rows, sources] = await Promise.all([db.partners.toArray(), db.sources.toArray()]);
  return scopeIds(rows, sources);
}

/**
 * Whether source `a` is more trusted than source `b` (see `byTrust`), and why. Kept for the
 * sources table: the more trusted source's values are the ones a merged card shows.
 */
export function outranks(a: DirectorySource | undefined, b: DirectorySource | undefined): { wins: boolean; reason: 'priority' | 'recency' } {
  const pa = a?.priority ?? 0;
  const pb = b?.priority ?? 0;
  if (pa !== pb) return { wins: pa > pb, reason: 'priority' };
  return { wins: (a?.updatedAt ?? 0) <= (b?.updatedAt ?? 0), reason: 'recency' };
}

/**
 * Every row once, with ids unique: when several sources hold the same id, the most trusted
 * source's record keeps it and the others get `id@@origin`. Nothing is dropped: whether they are
 * the same structure is the grouping's question (lib/directory/grouping-rules.ts, « même
 * identifiant »), and a merged card still shows the trusted source's values.
 */
export function scopeIds(rows: readonly StoredPartner[], sources: readonly DirectorySource[]): StoredPartner[] {
  const rank = new Map(sources.map((s) => [s.id, s]));
  const holders = new Map<string, StoredPartner[]>();
  for (const row of rows) {
    const list = holders.get(row.id);
    if (list) list.push(row);
    else holders.set(row.id, [row]);
  }
  const out: StoredPartner[] = [];
  for (const list of holders.values()) {
    if (list.length === 1) {
      out.push(list[0]);
      continue;
    }
    const ordered = [...list].sort((a, b) => {
      const sa = rank.get(a.origin);
      const sb = rank.get(b.origin);
      return sa && sb ? byTrust(sa, sb) : sa ? -1 : sb ? 1 : a.origin < b.origin ? -1 : 1;
    });
    out.push(ordered[0], ...ordered.slice(1).map((row) => ({ ...row, id: scopedId(row.origin, row.id) })));
  }
  return out;
}

/** Several partners by id (plain or scoped) in one reading; absent ids are left out. */
export async function getPartners(db: RepereDB, ids: readonly string[]): Promise<Map<string, StoredPartner>> {
  if (ids.length === 0) return new Map();
  const published = [...new Set(ids.map(publishedId))];
  const [rows, sources] = await Promise.all([db.partners.where('id').anyOf(published).toArray(), db.sources.toArray()]);
  const wanted = new Set(ids);
  return new Map(scopeIds(rows, sources).filter((p) => wanted.has(p.id)).map((partner) => [partner.id, partner]));
}

/** One partner by id (plain or scoped), as `loadPartners` names it. */
export async function getPartner(db: RepereDB, id: string): Promise<StoredPartner | undefined> {
  return (await getPartners(db, [id])).get(id);
}
