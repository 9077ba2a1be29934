import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../support/fresh-db';
import { parseDataInclusion } from '../../lib/directory';
import { RepereDB, replaceSourcePartners, sourceOverlaps } from '../../lib/db';
import { structure } from '../fixtures/records';

let db: RepereDB;

beforeEach(() => {
  db = openFreshDb('repere-overlaps');
});
afterEach(() => dropDb(db));

const partners = (...ids: string[]) => parseDataInclusion({ structures: ids.map((id) => structure({ id })) }).partners;

describe('sourceOverlaps', () => {
  it('says, for each source, which shared ids it shares and whose record comes first (the source added first, issue 23)', async () => {
    await replaceSourcePartners(db, { id: 'starter', kind: 'embedded', label: 'Départ', priority: -10 }, partners('a', 'b', 'c'), { now: 1 });
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, partners('b', 'c', 'd', 'e'), { now: 2 });
    await replaceSourcePartners(db, { id: 'url', kind: 'url', label: 'Abonnement', priority: 0 }, partners('c', 'e', 'f', 'g', 'h'), { now: 3 });
    const overlaps = await sourceOverlaps(db);
    expect(overlaps.get('starter')).toEqual(expect.arrayContaining([
      { otherId: 'team', count: 2, wins: true, reason: 'priority' },
      { otherId: 'url', count: 1, wins: true, reason: 'priority' },
    ]));
    expect(overlaps.get('team')).toEqual(expect.arrayContaining([
      { otherId: 'starter', count: 2, wins: false, reason: 'priority' },
      { otherId: 'url', count: 2, wins: true, reason: 'priority' },
    ]));
    expect(overlaps.get('url')).toEqual(expect.arrayContaining([
      { otherId: 'team', count: 2, wins: false, reason: 'priority' },
      { otherId: 'starter', count: 1, wins: false, reason: 'priority' },
    ]));
    expect(overlaps.get('url')).toHaveLength(2);
  });

  it('is empty when no id is shared', async () => {
    await replaceSourcePartners(db, { id: 'a', kind: 'file', label: 'A', priority: 0 }, partners('x'));
    await replaceSourcePartners(db, { id: 'b', kind: 'file', label: 'B', priority: 0 }, partners('y'));
    expect((await sourceOverlaps(db)).size).toBe(0);
  });
});
