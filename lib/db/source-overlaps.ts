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
 * `loadPartners` decides. Reads keys only, and only those of the smaller sources: the options
 * page stays responsive beside a 100,000-partner national export.
 */
export async function sourceOverlaps(db: RepereDB): Promise<Map<string, SourceOverlap[]>> {
  const sources = (await db.sources.toArray()).sort((a, b) => a.partnerCount - b.partnerCount);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const result = new Map<string, SourceOverlap[]>();
  const add = (sourceId: string, otherId: string, count: number) => {
    const { wins, reason } = outranks(byId.get(sourceId), byId.get(otherId));
    result.set(sourceId, [...(result.get(sourceId) ?? []), { otherId, count, wins, reason }]);
  };
  const done = new Set<string>();
  // Smallest first: each pair is counted from its smaller side; the largest source's keys are never read.
  for (const source of sources.slice(0, -1)) {
    done.add(source.id);
    const keys = (await db.partners.where('origin').equals(source.id).primaryKeys()) as Array<[string, string]>;
    if (keys.length === 0) continue;
    const shared = (await db.partners.where('id').anyOf(keys.map(([, id]) => id)).primaryKeys()) as Array<[string, string]>;
    const counts = new Map<string, number>();
    for (const [origin] of shared) if (!done.has(origin)) counts.set(origin, (counts.get(origin) ?? 0) + 1);
    for (const [otherId, count] of counts) {
      add(source.id, otherId, count);
      add(otherId, source.id, count);
    }
  }
  return result;
}
