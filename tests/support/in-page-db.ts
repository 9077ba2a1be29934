/**
 * The extension's IndexedDB as the browser tests reach it, written once for both drivers
 * (Playwright in Chromium, puppeteer-core in Firefox): each function is passed whole to the
 * driver's `evaluate` and runs in an extension page or the background, so it is self-contained
 * (no import, no outer variable).
 */

/** Waits until the background has stored the embedded starter directory (a source exists). */
export async function waitForStoredSources(attempts: number): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    const count = await new Promise<number>((done) => {
      const open = indexedDB.open('repere');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('sources')) return done(0);
        const request = db.transaction('sources').objectStore('sources').count();
        request.onsuccess = () => done(request.result);
        request.onerror = () => done(0);
      };
      open.onerror = () => done(0);
    });
    if (count > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the starter directory was never stored');
}

export interface PartnerBatch {
  batch: unknown[];
  /** The last batch also stores the source and bumps the directory version (search reindexes). */
  last: boolean;
  count: number;
}

/** Stores one batch of partners of the source `scale`, the way an import does. */
export async function putPartnerBatch({ batch, last, count }: PartnerBatch): Promise<void> {
  const open = indexedDB.open('repere');
  const db = await new Promise<IDBDatabase>((ok, ko) => {
    open.onsuccess = () => ok(open.result);
    open.onerror = () => ko(open.error);
  });
  const tx = db.transaction(['partners', 'sources', 'meta'], 'readwrite');
  for (const row of batch) tx.objectStore('partners').put(row);
  if (last) {
    tx.objectStore('sources').put({ id: 'scale', kind: 'file', label: 'Annuaire régional', partnerCount: count, updatedAt: Date.now(), priority: 0 });
    const meta = tx.objectStore('meta');
    const get = meta.get('directoryVersion');
    get.onsuccess = () => meta.put({ key: 'directoryVersion', value: ((get.result?.value as number) ?? 0) + 1 });
  }
  await new Promise<void>((ok, ko) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => ko(tx.error);
  });
  db.close();
}

/** Stores a regional directory in batches of 2,500 through `put` (a driver's evaluate of `putPartnerBatch`). */
export async function storeDirectoryInBatches(rows: readonly unknown[], put: (batch: PartnerBatch) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += 2500) {
    await put({ batch: rows.slice(start, start + 2500), last: start + 2500 >= rows.length, count: rows.length });
  }
}

/**
 * How many partners the stored search index holds when it is that of the stored directory
 * (its `directoryVersion` is current); undefined while it is missing or stale.
 */
export async function currentStoredIndexCount(): Promise<number | undefined> {
  const open = indexedDB.open('repere');
  const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
  const read = <T,>(store: string, key: string) =>
    new Promise<T>((ok) => {
      const request = db.transaction(store).objectStore(store).get(key);
      request.onsuccess = () => ok(request.result as T);
    });
  const [version, stored] = await Promise.all([
    read<{ value: number } | undefined>('meta', 'directoryVersion'),
    read<{ directoryVersion: number; snapshot: { count: number } } | undefined>('searchIndex', 'directory'),
  ]);
  db.close();
  return stored && stored.directoryVersion === version?.value ? stored.snapshot.count : undefined;
}
