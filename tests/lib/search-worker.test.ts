import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { saveContact, refreshSearchSnapshot, replaceSourcePartners, type RepereDB } from '../../lib/db';
import { rawReader, readSearchInputs, readStoredSearchIndex } from '../../lib/db/early-read';
import { buildSearchSnapshot, createSearchIndex } from '../../lib/search';
import { SearchWorkerClient } from '../../lib/search/worker-client';
import { recallNamedNeeds } from '../../lib/search/named-needs';
import { needsNamedBy } from '../../lib/search/need-words';
import { SearchRequestSchema, createSearchService, servePort, type LoadedSnapshot } from '../../lib/search/worker-host';
import { announceNewIndex, onNewIndex } from '../../lib/search/search-channel';
import { service, structure } from '../fixtures/records';
import { dropDb, openFreshDb } from '../support/fresh-db';

const { partners } = parseDataInclusion({
  structures: [
    structure(),
    structure({ id: 't--ccas', nom: 'CCAS de Sète', reseaux_porteurs: ['ccas-cias'] }),
    structure({ id: 't--ft', nom: 'France Travail Sète', reseaux_porteurs: ['france-travail'] }),
    structure({ id: 't--ft-lunel', nom: 'France Travail Lunel', reseaux_porteurs: ['france-travail'], commune: 'Lunel', code_insee: '34145', code_postal: '34400' }),
  ],
  services: [service()],
});
const BUILT = { directoryVersion: 3, contactsStamp: '0:811c9dc5' };
const loaded = (snapshot = buildSearchSnapshot(partners)): LoadedSnapshot => ({ snapshot, builtAt: 42, built: BUILT, current: true, timings: { opened: 1, read: 2 } });

/** A page and its worker, joined by a real MessageChannel (structured clone both ways), as a SharedWorker's port joins them. */
function connect(load: () => Promise<LoadedSnapshot | undefined>, service = createSearchService(load, { clock: () => 3 })) {
  const channel = new MessageChannel();
  servePort(channel.port1, service);
  channel.port1.start();
  const client = new SearchWorkerClient(channel.port2);
  return { client, service, close: () => (channel.port1.close(), channel.port2.close()) };
}

describe('search worker', () => {
  it('answers searches with the same hits as the index on the page would, as summaries', async () => {
    const { client, close } = connect(async () => loaded());
    const local = createSearchIndex(partners);
    for (const query of ['france travail', 'ccas sete', 'lunel', 'zzzz']) {
      expect((await client.search(query)).map((hit) => hit.partner.id)).toEqual(local.search(query).map((hit) => hit.partner.id));
    }
    expect((await client.search('ccas'))[0].partner).toEqual({
      id: 't--ccas',
      nom: 'CCAS de Sète',
      commune: 'Sète',
      code_postal: '34200',
      reseaux_porteurs: ['ccas-cias'],
      telephone: '04 67 00 00 00',
      horaires_accueil: 'Mo-Fr 08:30-12:30,13:30-17:00; PH off',
      date_maj: '2026-03-12',
      themes: [],
    });
    close();
  });

  it('says with its hits what each typed word names, and the page keeps it for its rows\' reasons', async () => {
    const { client, close } = connect(async () => loaded());
    expect(recallNamedNeeds('dettes', false)).toBeUndefined();
    await client.search('dettes logem');
    expect(recallNamedNeeds('dettes', false)).toEqual(needsNamedBy('dettes', { prefix: false }));
    expect(recallNamedNeeds('logem', true)).toEqual(needsNamedBy('logem', { prefix: true }));
    expect(recallNamedNeeds('logem', true)?.size).toBeGreaterThan(0);
    close();
  });

  it('takes the favourites across (a Set on the page) and ranks them first among equals', async () => {
    const { client, close } = connect(async () => loaded());
    expect((await client.search('france travail', { favourites: new Set(['t--ft-lunel']) }))[0].partner.id).toBe('t--ft-lunel');
    expect((await client.search('france travail', { favourites: new Set(['t--ft']) }))[0].partner.id).toBe('t--ft');
    close();
  });

  it('gives the summaries of favourites in order, nothing for one that left the directory', async () => {
    const { client, close } = connect(async () => loaded());
    expect((await client.summaries(['t--ft', 'gone', 't--ccas'])).map((p) => p?.nom)).toEqual(['France Travail Sète', undefined, 'CCAS de Sète']);
    close();
  });

  it('says what it holds, and waits for the stored index before answering', async () => {
    let release!: (value: LoadedSnapshot) => void;
    const { client, close } = connect(() => new Promise((resolve) => (release = resolve)));
    const searched = client.search('ccas');
    release(loaded());
    expect((await searched).map((hit) => hit.partner.id)).toEqual(['t--ccas']);
    expect(await client.status()).toEqual({ loaded: true, builtAt: 42, current: true, count: 4, timings: { opened: 1, read: 2, ready: 3 } });
    close();
  });

  it('holds nothing when no index is stored or it cannot be read, and answers no hit', async () => {
    for (const load of [async () => undefined, async () => Promise.reject(new Error('disk'))]) {
      const { client, close } = connect(load);
      expect(await client.status()).toEqual({ loaded: false });
      expect(await client.search('ccas')).toEqual([]);
      expect(await client.summaries(['t--ccas'])).toEqual([undefined]);
      close();
    }
  });

  it('reads the stored index again when asked (the background stored a new one)', async () => {
    let snapshot = buildSearchSnapshot(partners.slice(0, 2));
    const { client, close } = connect(async () => loaded(snapshot));
    expect(await client.search('lunel')).toEqual([]);
    snapshot = buildSearchSnapshot(partners);
    expect(await client.reload()).toMatchObject({ loaded: true, count: 4 });
    expect((await client.search('lunel'))[0].partner.id).toBe('t--ft-lunel');
    close();
  });

  it('reads the index once for every page connected (popup and side panel share the worker)', async () => {
    let reads = 0;
    const load = async () => (reads++, loaded());
    const popup = connect(load);
    const panel = connect(load, popup.service);
    expect((await popup.client.search('ccas'))[0].partner.id).toBe('t--ccas');
    expect((await panel.client.search('lunel'))[0].partner.id).toBe('t--ft-lunel');
    expect(reads).toBe(1);
    // A page that finds the index it holds current asks for no second read.
    expect(await panel.client.reload(42)).toMatchObject({ loaded: true, builtAt: 42 });
    expect(reads).toBe(1);
    expect(await panel.client.reload(43)).toMatchObject({ loaded: true });
    expect(reads).toBe(2);
    popup.close();
    panel.close();
  });

  it('lets the index go after a long idle time, reads it again at the next question, and not on a new index meanwhile', async () => {
    vi.useFakeTimers();
    try {
      let reads = 0;
      const service = createSearchService(async () => (reads++, loaded()), { idleMs: 1000 });
      const ask = () => service.answer({ id: 1, type: 'search', query: 'ccas', options: {} });
      expect(await ask()).toMatchObject({ ok: true, hits: [expect.objectContaining({ partner: expect.objectContaining({ id: 't--ccas' }) })] });
      vi.advanceTimersByTime(999);
      await ask();
      expect(reads).toBe(1);
      vi.advanceTimersByTime(1001);
      service.indexChanged();
      expect(reads).toBe(1);
      expect(await ask()).toMatchObject({ ok: true, hits: [expect.objectContaining({ partner: expect.objectContaining({ id: 't--ccas' }) })] });
      expect(reads).toBe(2);
      service.indexChanged();
      expect(reads).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hears the background announce a new index, and nothing else on that channel', async () => {
    const listeners: Array<(event: { data: unknown }) => void> = [];
    const channel = { postMessage: (data: unknown) => listeners.forEach((listener) => listener({ data })), addEventListener: (_: 'message', listener: (event: { data: unknown }) => void) => listeners.push(listener) };
    let heard = 0;
    onNewIndex(channel, () => heard++);
    announceNewIndex(channel);
    channel.postMessage({ kind: 'something-else' });
    channel.postMessage(null);
    expect(heard).toBe(1);
  });

  it('says the index it holds is no longer current as soon as the directory moved past it (a source removed)', async () => {
    let now = BUILT;
    const { client, close } = connect(async () => loaded(), createSearchService(async () => loaded(), { currentInputs: async () => now }));
    expect(await client.status()).toMatchObject({ loaded: true, current: true });
    now = { ...BUILT, directoryVersion: 4 };
    expect(await client.status()).toMatchObject({ loaded: true, current: false });
    close();
  });

  it('answers the favourites with its status when the page asks for both (the popup\'s first search, issue 20)', async () => {
    const favourites = { favourites: [{ partnerId: 't--ccas', order: 1, group: '', addedAt: 1 }], groups: ['Logement'] };
    const read = vi.fn(async () => favourites);
    const { client, close } = connect(async () => loaded(), createSearchService(async () => loaded(), { favourites: read }));
    expect(await client.statusWithFavourites()).toEqual({ status: expect.objectContaining({ loaded: true, current: true }), favourites });
    // A plain status question reads no favourites.
    expect(await client.status()).toMatchObject({ loaded: true });
    expect(read).toHaveBeenCalledTimes(1);
    close();
  });

  it('asks what the directory is now while the index is still being read, not after (a page that started the worker waits for both)', async () => {
    let release!: () => void;
    const reading = new Promise<void>((done) => (release = done));
    const currentInputs = vi.fn(async () => BUILT);
    const service = createSearchService(async () => (await reading, loaded()), { currentInputs });
    const answer = service.answer({ id: 1, type: 'status' });
    await new Promise((r) => setTimeout(r));
    expect(currentInputs).toHaveBeenCalledTimes(1);
    release();
    expect(await answer).toMatchObject({ type: 'status', status: { loaded: true, current: true } });
    expect(currentInputs).toHaveBeenCalledTimes(1);
  });

  it('holds nothing, and keeps answering, when the stored index is damaged', async () => {
    const { client, close } = connect(async () => ({ ...loaded(), snapshot: { broken: true } as never }));
    expect(await client.status()).toEqual({ loaded: false });
    expect(await client.search('ccas')).toEqual([]);
    close();
  });

  it('refuses a malformed request with an error instead of obeying it', async () => {
    for (const bad of [null, 'search', { id: 1 }, { id: 'x', type: 'status' }, { id: 1, type: 'search', query: 3, options: {} }, { id: 1, type: 'search', query: 'a', options: { favourites: 'x' } }, { id: 1, type: 'summaries', ids: [1] }, { id: 1, type: 'status', favourites: 'yes' }, { id: 1, type: 'prepare' }, { id: 1, type: 'prepare', options: { territory: '34172' } }, { id: 1, type: 'drop' }]) {
      expect(SearchRequestSchema.safeParse(bad).success).toBe(false);
    }
    const channel = new MessageChannel();
    servePort(channel.port1, createSearchService(async () => loaded()));
    channel.port1.start();
    const answer = new Promise((resolve) => channel.port2.addEventListener('message', (event) => resolve(event.data)));
    channel.port2.start();
    channel.port2.postMessage({ id: 7, type: 'search', query: 'ccas', options: { limit: -1 } });
    expect(await answer).toEqual({ id: 7, ok: false, error: 'invalid search request' });
    channel.port1.close();
    channel.port2.close();
  });
});

describe('readStoredSearchIndex (raw IndexedDB, in the worker)', () => {
  let db: RepereDB;
  beforeEach(() => {
    db = openFreshDb();
  });
  afterEach(() => dropDb(db));

  it('reads the index the background stored, current until the directory or the contacts change', async () => {
    await replaceSourcePartners(db, { id: 'team', kind: 'file', label: 'Équipe', priority: 0 }, partners);
    await refreshSearchSnapshot(db, { now: () => 99 });
    const read = await readStoredSearchIndex(rawReader(db.name), () => 5);
    expect(read).toMatchObject({ builtAt: 99, current: true, timings: { opened: 5, read: 5 } });
    expect(await readSearchInputs(rawReader(db.name))).toEqual(read!.built);
    expect(read!.snapshot.count).toBe(4);

    expect((await saveContact(db, { partnerId: 't--ccas', name: 'Karim Haddad' })).problem).toBeUndefined();
    expect(await readStoredSearchIndex(rawReader(db.name))).toMatchObject({ builtAt: 99, current: false });

    // A connection kept open between reads sees each change, and lets Dexie upgrade or delete the database.
    const kept = rawReader(db.name, { keepOpen: true });
    const before = await readSearchInputs(kept);
    await saveContact(db, { partnerId: 't--ft', name: 'Odile Pagès' });
    expect(await readSearchInputs(kept)).not.toEqual(before);
  });

  it('answers undefined, and creates nothing, when there is no database or no index yet', async () => {
    expect(await readStoredSearchIndex(rawReader(`absent-${Math.random()}`))).toBeUndefined();
    expect(await readSearchInputs(rawReader(`absent-${Math.random()}`, { keepOpen: true }))).toBeUndefined();
    await db.open();
    expect(await readStoredSearchIndex(rawReader(db.name))).toBeUndefined();
  });
});
