import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RepereDB, loadPartners, toggleFavourite, listFavourites } from '../../../lib/db';
import { checkSubscriptionUrl } from '../../../lib/import/subscription-url';
import { fetchDirectory, FetchDirectoryError } from '../../../lib/import/fetch-directory';
import { subscribe, refreshSource, refreshDueSources, urlSourceId, type SubscriptionDeps } from '../../../lib/import/subscriptions';
import { interruptedMessage, recoverInterruptedRefreshes } from '../../../lib/import/interrupted';

const URL_ = 'https://equipe.example/annuaire.csv';
const HOUR = 3600_000;
const csv = (...names: string[]) => `Nom;Commune;date_maj\n${names.map((n) => `${n};Sète;2026-01-01`).join('\n')}\n`;

/** A fake team server: serves `body` with an ETag, answers 304 when it did not change. */
function fakeServer() {
  const server = { body: csv('CCAS de Sète', 'Mission Locale de Sète'), status: 200, contentType: 'text/csv', requests: [] as Array<Record<string, string>> };
  const fetch = async (_url: string, init: RequestInit) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    server.requests.push(headers);
    const etag = `"${server.body.length}-${server.body.charCodeAt(5)}"`;
    if (server.status !== 200) return new Response('boom', { status: server.status, statusText: 'Internal Server Error' });
    if (headers['If-None-Match'] === etag) return new Response(null, { status: 304 });
    return new Response(server.body, { status: 200, headers: { etag, 'content-type': server.contentType } });
  };
  return { server, fetch };
}

let db: RepereDB;
let name: string;
let clock: number;
let deps: SubscriptionDeps;
let server: ReturnType<typeof fakeServer>['server'];

beforeEach(() => {
  name = `repere-sub-${Math.random().toString(36).slice(2)}`;
  db = new RepereDB(name);
  clock = Date.UTC(2026, 10, 22, 8);
  const fake = fakeServer();
  server = fake.server;
  deps = { fetch: fake.fetch, hasPermission: async () => true, now: () => clock };
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const names = async () => (await loadPartners(db)).map((p) => p.nom).sort();

describe('subscription URL', () => {
  it('accepts https, and http only on this machine', () => {
    expect(checkSubscriptionUrl('https://equipe.example/a.json')).toMatchObject({ ok: true, permission: 'https://equipe.example/*' });
    expect(checkSubscriptionUrl('http://127.0.0.1:8080/a.csv')).toMatchObject({ ok: true, permission: 'http://127.0.0.1/*' });
    expect(checkSubscriptionUrl('http://equipe.example/a.csv')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl('ftp://x.example/a.csv')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl('https://user:pw@x.example/a.csv')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl('annuaire.csv')).toMatchObject({ ok: false });
  });
});

describe('fetchDirectory', () => {
  it('sends the cache validators and reads 304 as unchanged', async () => {
    const { fetch } = fakeServer();
    const first = await fetchDirectory({ url: URL_, fetch });
    expect(first.status).toBe('fetched');
    const etag = first.status === 'fetched' ? first.etag : undefined;
    expect(await fetchDirectory({ url: URL_, fetch, etag })).toEqual({ status: 'unchanged' });
  });

  it('refuses a response over the size limit, declared or streamed', async () => {
    const big = async () => new Response('x'.repeat(5000), { status: 200 });
    await expect(fetchDirectory({ url: URL_, fetch: big, maxBytes: 1000 })).rejects.toThrow(/trop volumineux/);
    const declared = async () => new Response('x', { status: 200, headers: { 'content-length': '999999' } });
    await expect(fetchDirectory({ url: URL_, fetch: declared, maxBytes: 1000 })).rejects.toThrow(/trop volumineux/);
  });

  it('refuses an HTML page, an HTTP error, an unreachable server, a silent one', async () => {
    await expect(fetchDirectory({ url: URL_, fetch: async () => new Response('<html>', { headers: { 'content-type': 'text/html' } }) })).rejects.toThrow(/page web/);
    await expect(fetchDirectory({ url: URL_, fetch: async () => new Response('', { status: 404 }) })).rejects.toThrow(/404/);
    await expect(fetchDirectory({ url: URL_, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) })).rejects.toThrow(/injoignable/);
    const silent = (_: string, init: RequestInit) => new Promise<Response>((_ok, fail) => init.signal?.addEventListener('abort', () => fail(new Error('aborted'))));
    await expect(fetchDirectory({ url: URL_, fetch: silent, timeoutMs: 10 })).rejects.toBeInstanceOf(FetchDirectoryError);
  });

  /** What the browser returns after following redirects to `finalUrl`. */
  const redirectedTo = (finalUrl: string) => async () => {
    const response = new Response('Nom;Commune\r\nGarage;Sète\r\n', { headers: { 'content-type': 'text/csv' } });
    Object.defineProperty(response, 'url', { value: finalUrl });
    Object.defineProperty(response, 'redirected', { value: true });
    return response;
  };

  it('refuses a redirect that leaves the granted origin (issue 13)', async () => {
    const origin = new URL(URL_).origin;
    await expect(fetchDirectory({ url: URL_, fetch: redirectedTo('http://evil.example/annuaire.csv') })).rejects.toThrow(/redirigé vers une autre adresse \(http:\/\/evil\.example\)/);
    await expect(fetchDirectory({ url: URL_, fetch: redirectedTo(URL_.replace('https:', 'http:')) })).rejects.toThrow(/redirigé/);
    await expect(fetchDirectory({ url: 'http://127.0.0.1:8080/a.csv', fetch: redirectedTo('http://localhost:8080/a.csv') })).rejects.toThrow(/redirigé/);
    await expect(fetchDirectory({ url: URL_, fetch: redirectedTo('') })).rejects.toThrow(/redirigé/);
    // Staying on the same origin (a `latest` link to a dated file) is fine.
    expect((await fetchDirectory({ url: URL_, fetch: redirectedTo(`${origin}/archives/2026-11.csv`) })).status).toBe('fetched');
  });
});

describe('subscribe and refresh', () => {
  it('subscribes: stores the partners and the cache validators', async () => {
    const outcome = await subscribe(db, URL_, 'Annuaire de l’équipe', deps);
    expect(outcome).toMatchObject({ status: 'updated', summary: { partners: 2 } });
    expect(await names()).toEqual(['CCAS de Sète', 'Mission Locale de Sète']);
    expect(await db.sources.get(urlSourceId(URL_))).toMatchObject({ kind: 'url', label: 'Annuaire de l’équipe', partnerCount: 2, checkedAt: clock, refreshEveryHours: 24 });
  });

  it('keeps the team coordinator’s e-mail with the subscription, and through a refresh', async () => {
    await subscribe(db, URL_, 'Annuaire de l’équipe', deps, { coordinatorEmail: 'coordination@equipe.example' });
    expect((await db.sources.get(urlSourceId(URL_)))?.coordinatorEmail).toBe('coordination@equipe.example');
    await refreshSource(db, urlSourceId(URL_), deps);
    expect((await db.sources.get(urlSourceId(URL_)))?.coordinatorEmail).toBe('coordination@equipe.example');
  });

  it('refuses to subscribe without the browser’s permission, or to an invalid file; nothing stored', async () => {
    await expect(subscribe(db, URL_, undefined, { ...deps, hasPermission: async () => false })).rejects.toThrow(/non autorisé/);
    server.body = 'pas un annuaire';
    await expect(subscribe(db, URL_, undefined, deps)).rejects.toThrow(/Aucun partenaire valide/);
    expect(await db.sources.count()).toBe(0);
  });

  it('refresh: new data replaces the old; unchanged data sends If-None-Match and keeps everything', async () => {
    await subscribe(db, URL_, undefined, deps);
    clock += HOUR;
    expect((await refreshSource(db, urlSourceId(URL_), deps)).status).toBe('unchanged');
    expect(server.requests[1]['If-None-Match']).toMatch(/^"/);
    server.body = csv('CCAS de Sète', 'PLIE de Thau', 'Épicerie solidaire');
    clock += HOUR;
    expect(await refreshSource(db, urlSourceId(URL_), deps)).toMatchObject({ status: 'updated', summary: { partners: 3 } });
    expect(await names()).toEqual(['CCAS de Sète', 'PLIE de Thau', 'Épicerie solidaire']);
    expect((await db.sources.get(urlSourceId(URL_)))?.updatedAt).toBe(clock);
  });

  it('a failed or invalid refresh keeps the previous data, records the error, keeps the last good time; favourites survive', async () => {
    await subscribe(db, URL_, undefined, deps);
    const goodTime = clock;
    const [ccas] = await loadPartners(db);
    await toggleFavourite(db, ccas.id);
    const before = await names();
    for (const breakIt of [
      () => { server.status = 500; },
      () => { server.status = 200; server.body = '\u0000\u0001binary'; },
      () => { server.body = `Nom;date_maj\n${'AB;2026-01-01\n'.repeat(10)}CCAS de Sète;2026-01-01\n`; },
      () => { server.contentType = 'text/html'; server.body = '<html>Connexion</html>'; },
    ]) {
      breakIt();
      clock += HOUR;
      const outcome = await refreshSource(db, urlSourceId(URL_), deps);
      expect(outcome.status).toBe('failed');
      expect(await names()).toEqual(before);
      const source = await db.sources.get(urlSourceId(URL_));
      expect(source).toMatchObject({ updatedAt: goodTime, lastErrorAt: clock, partnerCount: 2 });
      expect(source?.lastError).toBe(outcome.error);
    }
    expect((await listFavourites(db)).map((f) => f.partnerId)).toEqual([ccas.id]);
    server.status = 200; server.contentType = 'text/csv'; server.body = csv('CCAS de Sète');
    expect((await refreshSource(db, urlSourceId(URL_), deps)).status).toBe('updated');
    expect((await db.sources.get(urlSourceId(URL_)))?.lastError).toBeUndefined();
  });

  it('the schedule refreshes only the subscriptions due (daily by default)', async () => {
    await subscribe(db, URL_, undefined, deps);
    clock += 23 * HOUR;
    expect(await refreshDueSources(db, deps)).toEqual([]);
    clock += 2 * HOUR;
    expect((await refreshDueSources(db, deps)).map((o) => o.status)).toEqual(['unchanged']);
    expect(await refreshDueSources(db, deps)).toEqual([]);
  });
});

describe('a refresh the browser cuts short (the background stopped mid-download)', () => {
  it('is recorded as interrupted when the background starts again; partners stay, a finished refresh leaves no mark', async () => {
    await subscribe(db, URL_, 'Annuaire de l’équipe', deps);
    const id = urlSourceId(URL_);
    // A finished refresh leaves nothing for the next start to recover.
    clock += 25 * HOUR;
    await refreshSource(db, id, deps);
    expect((await db.sources.get(id))?.refreshStartedAt).toBeUndefined();
    expect(await recoverInterruptedRefreshes(db, clock + 1)).toEqual([]);

    // The alarm's refresh starts, and the download never answers: the worker is then stopped.
    clock += 25 * HOUR;
    server.body = csv('CCAS de Sète', 'Mission Locale de Sète', 'Épicerie solidaire');
    void refreshSource(db, id, { ...deps, fetch: () => new Promise<Response>(() => undefined) });
    await expect.poll(async () => (await db.sources.get(id))?.refreshStartedAt).toBe(clock);

    // A refresh this new start began itself is not touched.
    expect(await recoverInterruptedRefreshes(db, clock)).toEqual([]);
    expect(await recoverInterruptedRefreshes(db, clock + 1000, clock + 1000)).toEqual([id]);
    const source = await db.sources.get(id);
    expect(source).toMatchObject({ lastError: interruptedMessage(), lastErrorAt: clock + 1000 });
    expect(source?.refreshStartedAt).toBeUndefined();
    expect(await names()).toEqual(['CCAS de Sète', 'Mission Locale de Sète']);
  });
});
