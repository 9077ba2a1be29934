import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../support/fresh-db';
import { parseDataInclusion } from '../../lib/directory';
import {
  byTrust,
  moveSource,
  RepereDB,
  SCHEMA_VERSIONS,
  directoryVersion,
  ensureStarterDirectory,
  getPartner,
  listFavourites,
  loadPartners,
  readSearchSnapshot,
  refreshSearchSnapshot,
  searchIndexState,
  deleteContact,
  dropSearchSnapshot,
  removeSource,
  replaceSourcePartners,
  toggleFavourite,
  STARTER_SOURCE_ID,
  saveContact,
  saveNote,
} from '../../lib/db';
import { restoreSnapshot } from '../../lib/search';
import { service, structure } from '../fixtures/records';

let db: RepereDB;

beforeEach(() => {
  db = openFreshDb();
});
afterEach(() => dropDb(db));

const partnersOf = (...structures: Record<string, unknown>[]) =>
  parseDataInclusion({ structures, services: [service()] }).partners;

const teamSource = { id: 'team', kind: 'file' as const, label: 'Annuaire équipe', priority: 0 };

describe('replaceSourcePartners', () => {
  it('stores partners with their source, categories and counts', async () => {
    const stored = await replaceSourcePartners(db, teamSource, partnersOf(structure()), { now: 1000 });
    expect(stored).toMatchObject({ id: 'team', partnerCount: 1, updatedAt: 1000, newestRecord: '2026-03-12' });
    const rows = await db.partners.where('categories').equals('mobilite').toArray();
    expect(rows.map((r) => [r.origin, r.id])).toEqual([['team', 'test--ml-sete']]);
    expect(await directoryVersion(db)).toBe(1);
  });

  it('replaces only the partners of that source', async () => {
    await replaceSourcePartners(db, { ...teamSource, id: 'other', label: 'Autre' }, partnersOf(structure({ id: 'o--1' })));
    await replaceSourcePartners(db, teamSource, partnersOf(structure({ id: 'a--1' }), structure({ id: 'a--2' })));
    await replaceSourcePartners(db, teamSource, partnersOf(structure({ id: 'a--3' })));
    const ids = (await loadPartners(db)).map((p) => p.id).sort();
    expect(ids).toEqual(['a--3', 'o--1']);
    expect((await db.sources.get('team'))?.partnerCount).toBe(1);
  });

  it('leaves the previous directory intact when the import fails midway', async () => {
    await replaceSourcePartners(db, teamSource, partnersOf(structure({ id: 'old--1' }), structure({ id: 'old--2' })), { now: 1 });
    const failing = replaceSourcePartners(db, teamSource, partnersOf(structure({ id: 'new--1' })), {
      afterDelete: () => {
        throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect((await loadPartners(db)).map((p) => p.id).sort()).toEqual(['old--1', 'old--2']);
    expect(await db.sources.get('team')).toMatchObject({ partnerCount: 2, updatedAt: 1 });
    expect(await directoryVersion(db)).toBe(1);
  });

  it('rolls back when a write itself fails (duplicate key inside the batch)', async () => {
    await replaceSourcePartners(db, teamSource, partnersOf(structure({ id: 'old--1' })));
    const dup = partnersOf(structure({ id: 'dup' }));
    await expect(replaceSourcePartners(db, teamSource, [...dup, ...dup])).rejects.toThrow();
    expect((await loadPartners(db)).map((p) => p.id)).toEqual(['old--1']);
  });

  it('never touches favourites, even when the partner disappears', async () => {
    await replaceSourcePartners(db, teamSource, partnersOf(structure()));
    await toggleFavourite(db, 'test--ml-sete');
    await replaceSourcePartners(db, teamSource, []);
    await removeSource(db, 'team');
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual(['test--ml-sete']);
    expect(await getPartner(db, 'test--ml-sete')).toBeUndefined();
  });
});

describe('several sources', () => {
  it('keeps a partner id held by two sources as two records: the one added first keeps the id (issue 23)', async () => {
    await replaceSourcePartners(db, { id: STARTER_SOURCE_ID, kind: 'embedded', label: 'Départ' }, partnersOf(structure({ nom: 'Version nationale' })));
    await replaceSourcePartners(db, teamSource, partnersOf(structure({ nom: 'Version locale' })));
    const partners = await loadPartners(db);
    expect(partners.map((p) => [p.id, p.origin, p.nom])).toEqual([
      ['test--ml-sete', STARTER_SOURCE_ID, 'Version nationale'],
      ['test--ml-sete@@team', 'team', 'Version locale'],
    ]);
    expect((await getPartner(db, 'test--ml-sete'))?.origin).toBe(STARTER_SOURCE_ID);
    expect((await getPartner(db, 'test--ml-sete@@team'))?.nom).toBe('Version locale');
  });

  it('ranks a source added later below the others, until it is moved up', async () => {
    await replaceSourcePartners(db, { id: STARTER_SOURCE_ID, kind: 'embedded', label: 'Départ' }, partnersOf(structure({ nom: 'Version nationale' })));
    await replaceSourcePartners(db, teamSource, partnersOf(structure({ nom: 'Version locale' })));
    await replaceSourcePartners(db, { ...teamSource, id: 'later' }, partnersOf(structure({ nom: 'Plus tard' })));
    const order = async () => (await db.sources.toArray()).sort(byTrust).map((s) => s.id);
    expect(await order()).toEqual([STARTER_SOURCE_ID, 'team', 'later']);
    // A refresh keeps the rank.
    await replaceSourcePartners(db, teamSource, partnersOf(structure({ nom: 'Version locale 2' })));
    expect(await order()).toEqual([STARTER_SOURCE_ID, 'team', 'later']);
    await moveSource(db, 'later', -1);
    await moveSource(db, 'later', -1);
    expect(await order()).toEqual(['later', STARTER_SOURCE_ID, 'team']);
    expect((await getPartner(db, 'test--ml-sete'))?.origin).toBe('later');
    await moveSource(db, 'later', -1);
    expect(await order()).toEqual(['later', STARTER_SOURCE_ID, 'team']);
  });
});

describe('favourites', () => {
  it('stars, orders and unstars', async () => {
    expect(await toggleFavourite(db, 'a', 1)).toBe(true);
    expect(await toggleFavourite(db, 'b', 2)).toBe(true);
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual(['a', 'b']);
    expect(await toggleFavourite(db, 'a', 3)).toBe(false);
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual(['b']);
  });
});

describe('starter directory', () => {
  const json = { structures: [structure({ id: 'repere--ml' })], services: [] };

  it('loads once per revision and keeps its rank', async () => {
    let loads = 0;
    const load = async () => {
      loads += 1;
      return json;
    };
    expect((await ensureStarterDirectory(db, load, '1.0.0')).loaded).toBe(true);
    expect((await ensureStarterDirectory(db, load, '1.0.0')).loaded).toBe(false);
    expect((await ensureStarterDirectory(db, load, '1.1.0')).loaded).toBe(true);
    expect(loads).toBe(2);
    expect(await db.sources.get(STARTER_SOURCE_ID)).toMatchObject({ kind: 'embedded', priority: 0, revision: '1.1.0', partnerCount: 1 });
  });
});

describe('stored search index', () => {
  const search = async (query: string) => {
    const stored = await readSearchSnapshot(db);
    return stored ? restoreSnapshot(stored.snapshot).index.search(query).map((h) => h.partner.nom) : undefined;
  };

  it('is built once per directory version, goes stale when the directory changes, and is rebuilt', async () => {
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, partnersOf(structure()));
    expect(await readSearchSnapshot(db)).toBeUndefined();
    expect(await searchIndexState(db)).toEqual({ current: false, builtAt: undefined });
    expect(await refreshSearchSnapshot(db, { now: () => 7 })).toBe(true);
    expect(await searchIndexState(db)).toEqual({ current: true, builtAt: 7 });
    expect(await refreshSearchSnapshot(db)).toBe(false);
    expect(await readSearchSnapshot(db)).toMatchObject({ directoryVersion: await directoryVersion(db), builtAt: 7 });
    expect(await search('mission thau')).toEqual(['Mission Locale du Bassin de Thau']);

    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, partnersOf(structure({ id: 'x', nom: 'CCAS de Sète' })));
    expect(await search('ccas')).toBeUndefined();
    expect(await searchIndexState(db)).toEqual({ current: false, builtAt: 7 });
    const [a, b] = await Promise.all([refreshSearchSnapshot(db), refreshSearchSnapshot(db)]);
    expect([a, b]).toEqual([true, true]);
    expect(await search('ccas')).toEqual(['CCAS de Sète']);
    expect(await search('thau')).toEqual([]);
  });

  it('indexes the counsellor’s own contacts and goes stale when they change', async () => {
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, partnersOf(structure()));
    await refreshSearchSnapshot(db);
    expect(await search('pages')).toEqual([]);
    const { contact } = await saveContact(db, { partnerId: 'test--ml-sete', name: 'Odile Pagès' });
    expect(await search('pages')).toBeUndefined();
    expect(await refreshSearchSnapshot(db)).toBe(true);
    expect(await search('pages')).toEqual(['Mission Locale du Bassin de Thau']);
    await deleteContact(db, contact!.id);
    expect(await search('pages')).toBeUndefined();
    await dropSearchSnapshot(db);
    expect(await refreshSearchSnapshot(db)).toBe(true);
    expect(await search('pages')).toEqual([]);
  });
});

describe('schema migrations', () => {
  it('version 6 ranks the sources already there: the starter first, the others in their old order, own partners on top (issue 23)', async () => {
    const name = db.name;
    await dropDb(db);
    const old = new Dexie(name);
    for (const step of SCHEMA_VERSIONS.filter((v) => v.version <= 5)) old.version(step.version).stores(step.stores);
    await old.open();
    await old.table('sources').bulkAdd([
      { id: 'repere-starter', kind: 'embedded', label: 'Départ', partnerCount: 0, updatedAt: 1, priority: -10 },
      { id: 'url:a', kind: 'url', label: 'A', partnerCount: 0, updatedAt: 3, priority: 0 },
      { id: 'api:data-inclusion:34', kind: 'url', label: 'API', partnerCount: 0, updatedAt: 2, priority: -5 },
      { id: 'file:b', kind: 'file', label: 'B', partnerCount: 0, updatedAt: 4, priority: 0 },
      { id: 'repere-own', kind: 'own', label: 'Mes partenaires', partnerCount: 0, updatedAt: 5, priority: 1000 },
    ]);
    old.close();
    db = new RepereDB(name);
    await db.open();
    expect((await db.sources.toArray()).sort(byTrust).map((s) => s.id)).toEqual(['repere-own', 'repere-starter', 'url:a', 'file:b', 'api:data-inclusion:34']);
  });

  it('opens a database written by the first version without losing anything', async () => {
    const name = db.name;
    await dropDb(db);
    const first = SCHEMA_VERSIONS[0];
    const old = new Dexie(name);
    old.version(first.version).stores(first.stores);
    await old.open();
    const [partner] = partnersOf(structure());
    await old.table('partners').add({ ...partner, origin: 'team', categories: ['mobilite'] });
    await old.table('sources').add({ id: 'team', kind: 'file', label: 'Équipe', partnerCount: 1, updatedAt: 5, priority: 0 });
    await old.table('favourites').add({ partnerId: 'test--ml-sete', addedAt: 1, order: 1, group: '' });
    old.close();

    db = new RepereDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version);
    expect((await loadPartners(db)).map((p) => p.nom)).toEqual(['Mission Locale du Bassin de Thau']);
    expect((await db.sources.get('team'))?.partnerCount).toBe(1);
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual(['test--ml-sete']);
    // Version 3 adds the stored search index, built from the migrated partners.
    expect(await readSearchSnapshot(db)).toBeUndefined();
    expect(await refreshSearchSnapshot(db)).toBe(true);
    const stored = await readSearchSnapshot(db);
    expect(restoreSnapshot(stored!.snapshot).index.search('mision locale')[0].partner.id).toBe('test--ml-sete');
  });

  it('version 2 adds notes and own contacts to a version-1 database, with its data intact', async () => {
    const name = db.name;
    await dropDb(db);
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await old.open();
    await old.table('favourites').add({ partnerId: 'test--ml-sete', addedAt: 1, order: 1, group: 'Emploi' });
    await old.table('meta').add({ key: 'favouriteGroups', value: ['Emploi'] });
    old.close();

    db = new RepereDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(expect.arrayContaining(['contacts', 'notes']));
    expect(await db.favourites.get('test--ml-sete')).toMatchObject({ group: 'Emploi' });
    await saveNote(db, { partnerId: 'test--ml-sete', text: 'Appeler avant 10 h' });
    await saveContact(db, { partnerId: 'test--ml-sete', name: 'Samira Benali' });
    expect(await db.notes.where('partnerId').equals('test--ml-sete').count()).toBe(1);
    expect(await db.contacts.where('name').equals('Samira Benali').count()).toBe(1);
  });

  it('keeps every shipped version in order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
