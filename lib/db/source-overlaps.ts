import type { DirectorySource } from '../schema';
import type { RepereDB } from './database';
import { outranks } from './directory-store';

/** Partner ids a source shares with another source, and which of the two is shown. */
export interface SourceOverlap {
  otherId: string;
  count: number;
  /** This source's record is the one shown. */
  wins: boolean;
  reason: 'priority' | 'recency';
}

/**
 * For each source, the other sources holding the same partner ids and which one wins, as
 * `loadPartners` decides. Reads keys only, so it stays quick on a national directory.
 */
export async function sourceOverlaps(db: RepereDB): Promise<Map<string, SourceOverlap[]>> {
  const [keys, sources] = await Promise.all([db.partners.orderBy('id').primaryKeys(), db.sources.toArray()]);
  const byId = new Map<string, DirectorySource>(sources.map((s) => [s.id, s]));
  const pairs = new Map<string, number>();
  let run: string[] = [];
  let runId: string | undefined;
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      for (let j = 0; j < run.length; j++) if (i !== j) pairs.set(`${run[i]}\u0000${run[j]}`, (pairs.get(`${run[i]}\u0000${run[j]}`) ?? 0) + 1);
    }
  };
  for (const [origin, id] of keys as Array<[string, string]>) {
    if (id !== runId) {
      if (run.length > 1) flush();
      run = [];
      runId = id;
    }
    run.push(origin);
  }
  if (run.length > 1) flush();
  const result = new Map<string, SourceOverlap[]>();
  for (const [pair, count] of pairs) {
    const [sourceId, otherId] = pair.split('\u0000');
    const { wins, reason } = outranks(byId.get(sourceId), byId.get(otherId));
    const list = result.get(sourceId) ?? [];
    list.push({ otherId, count, wins, reason });
    result.set(sourceId, list);
  }
  return result;
}
