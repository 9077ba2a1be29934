import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../../support/fresh-db';
import { RepereDB, loadPartners, replaceSourcePartners } from '../../../lib/db';
import { parseDataInclusion } from '../../../lib/directory';
import { structure } from '../../fixtures/records';

let db: RepereDB;

beforeEach(() => {
  db = openFreshDb('repere-batches');
});
afterEach(() => dropDb(db));

const source = { id: 'file:big', kind: 'file' as const, label: 'big.csv', priority: 0 };
const many = (count: number, prefix: string) =>
  parseDataInclusion({ structures: Array.from({ length: count }, (_, i) => structure({ id: `${prefix}-${i}` })) }).partners;

describe('a large replace, written in batches', () => {
  it('reports progress batch by batch and stores everything', async () => {
    const seen: number[] = [];
    await replaceSourcePartners(db, source, many(12_000, 'n'), { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([5000 / 12000, 10000 / 12000, 1]);
    expect(await db.partners.count()).toBe(12_000);
  }, 180_000);

  it('stays all or nothing when a later batch fails', async () => {
    await replaceSourcePartners(db, source, many(3, 'old'));
    const rows = many(7_000, 'new');
    rows[6_500] = rows[10];
    await expect(replaceSourcePartners(db, source, rows)).rejects.toThrow();
    expect((await loadPartners(db)).map((p) => p.id).sort()).toEqual(['old-0', 'old-1', 'old-2']);
  }, 180_000);
});
