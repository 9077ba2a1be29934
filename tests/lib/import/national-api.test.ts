import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, openFreshDb } from '../../support/fresh-db';
import { RepereDB, loadPartners } from '../../../lib/db';
import { checkDepartement, fetchNationalDirectory } from '../../../lib/import/national-api';
import { nationalSourceId, refreshSource, subscribeNational, type SubscriptionDeps } from '../../../lib/import/subscriptions';
import { service, structure } from '../../fixtures/records';

const BASE = 'https://api.example/api/v1';

/** A fake data·inclusion API: pages of 2, a token to check, and a département filter. */
function fakeApi(structures: Record<string, unknown>[], services: Record<string, unknown>[] = []) {
  const calls: Array<{ url: URL; auth?: string }> = [];
  const fetch = async (raw: string, init: RequestInit) => {
    const url = new URL(raw);
    const auth = (init.headers as Record<string, string>).Authorization;
    calls.push({ url, auth });
    if (auth !== 'Bearer secret') return new Response('{"detail":"Not authenticated"}', { status: 401 });
    const all = url.pathname.endsWith('/structures') ? structures : services;
    const size = 2;
    const page = Number(url.searchParams.get('page'));
    const items = all.slice((page - 1) * size, page * size);
    return new Response(JSON.stringify({ items, total: all.length, page, size: items.length, pages: Math.ceil(all.length / size) }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

let db: RepereDB;

beforeEach(() => {
  db = openFreshDb('repere-api');
});
afterEach(() => dropDb(db));

const five = ['a', 'b', 'c', 'd', 'e'].map((id) => structure({ id: `di--${id}`, nom: `Structure ${id.toUpperCase()} de Sète` }));

describe('national data·inclusion API', () => {
  it('accepts département codes as the API takes them', () => {
    expect(['34', '2a', '971', '01'].map(checkDepartement)).toEqual(['34', '2A', '971', '01']);
    expect(['3', '00', '96', '975x', '', 'hérault'].map(checkDepartement)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads every page of structures and services with the token, filtered on the département', async () => {
    const api = fakeApi(five, [service({ structure_id: 'di--a', id: 'di--a--s' })]);
    const input = await fetchNationalDirectory({ token: 'secret', departement: '34', fetch: api.fetch, baseUrl: BASE });
    expect((input.structures as unknown[]).length).toBe(5);
    expect((input.services as unknown[]).length).toBe(1);
    expect(api.calls.map((c) => `${c.url.pathname} ${c.url.searchParams.get('page')}`)).toEqual([
      '/api/v1/structures 1', '/api/v1/structures 2', '/api/v1/structures 3', '/api/v1/services 1',
    ]);
    expect(api.calls.every((c) => c.url.searchParams.get('code_departement') === '34' && c.auth === 'Bearer secret')).toBe(true);
  });

  it('subscribes: stores the département’s partners below the sources already there; refresh asks the API again', async () => {
    const api = fakeApi(five, [service({ structure_id: 'di--a', id: 'di--a--s' })]);
    const deps: SubscriptionDeps = { fetch: api.fetch, hasPermission: async () => true, nationalApiBase: BASE, now: () => 1 };
    expect(await subscribeNational(db, ' secret ', '34', deps)).toMatchObject({ status: 'updated', summary: { partners: 5, services: 1 } });
    expect(await db.sources.get(nationalSourceId('34'))).toMatchObject({ kind: 'url', priority: 0, apiDepartement: '34', apiToken: 'secret', partnerCount: 5 });
    five.push(structure({ id: 'di--f', nom: 'Structure F de Sète' }));
    expect(await refreshSource(db, nationalSourceId('34'), deps)).toMatchObject({ status: 'updated', summary: { partners: 6 } });
    expect((await loadPartners(db)).length).toBe(6);
  });

  it('a refused token, a bad département or a missing permission store nothing, with a French message', async () => {
    const api = fakeApi(five);
    const deps: SubscriptionDeps = { fetch: api.fetch, hasPermission: async () => true, nationalApiBase: BASE };
    await expect(subscribeNational(db, 'wrong', '34', deps)).rejects.toThrow(/Accès refusé par le serveur \(401\).*jeton/);
    await expect(subscribeNational(db, 'secret', 'Hérault', deps)).rejects.toThrow(/Département invalide/);
    await expect(subscribeNational(db, '', '34', deps)).rejects.toThrow(/jeton/);
    await expect(subscribeNational(db, 'secret', '34', { ...deps, hasPermission: async () => false })).rejects.toThrow(/non autorisé/);
    expect(await db.sources.count()).toBe(0);
  });
});
