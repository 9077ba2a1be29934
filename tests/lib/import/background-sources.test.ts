import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RepereDB } from '../../../lib/db';
import { createSourceHandlers, ensureRefreshAlarm, REFRESH_ALARM } from '../../../lib/import/background-sources';

const name = `repere-bg-${Math.random().toString(36).slice(2)}`;
const db = new RepereDB(name);
afterAll(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('background wiring of subscriptions', () => {
  it('creates the hourly refresh alarm once', async () => {
    const alarms = new Map<string, unknown>();
    const api = { get: vi.fn(async (n: string) => alarms.get(n)), create: vi.fn((n: string, info: unknown) => alarms.set(n, info)) };
    await ensureRefreshAlarm(api);
    await ensureRefreshAlarm(api);
    expect(api.create).toHaveBeenCalledOnce();
    expect(alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 60 });
  });

  it('refreshes due subscriptions on its alarm only; other alarms are not its business', async () => {
    const fetch = vi.fn(async () => new Response('Nom;date_maj\nCCAS de Sète;2026-01-01\n', { headers: { 'content-type': 'text/csv' } }));
    const handlers = createSourceHandlers(db, { fetch, hasPermission: async () => true, now: () => 0 });
    await handlers.subscribe('https://equipe.example/a.csv');
    expect(await handlers.onAlarm('something-else')).toBeUndefined();
    expect(await handlers.onAlarm(REFRESH_ALARM)).toEqual([]);
    expect(fetch).toHaveBeenCalledOnce();
  });
});
