import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { buildSearchSnapshot, createSearchIndex } from '../../lib/search';
import { Ranker } from '../../lib/search/rank';
import { SHORT_QUERIES, createShortAnswers, optionsKey } from '../../lib/search/short-answers';
import { SearchWorkerClient } from '../../lib/search/worker-client';
import { createSearchService, servePort, type LoadedSnapshot } from '../../lib/search/worker-host';
import { structure } from '../fixtures/records';

// Issue 20: a counsellor's first key is one letter, the worker's costliest query at 100,000
// partners. Its answers are worked out ahead, while the worker is idle, for the page's options.
describe('one-letter answers worked out ahead', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('are worked out one per task once the worker is idle, for the options asked, and let go for others', () => {
    let now = 0;
    const short = createShortAnswers<string>({ idleMs: 300, clock: () => now });
    const searched: string[] = [];
    const key = optionsKey({ limit: 30, territory: ['34301'], favourites: ['b', 'a'] });
    short.prepare(key, (query) => (searched.push(query), `answer ${query}`));
    expect(short.get('m', key)).toBeUndefined();
    // A request came 100 ms after: the work waits for 300 ms of quiet.
    now = 100;
    short.asked();
    now = 300;
    vi.advanceTimersByTime(300);
    expect(searched).toEqual([]);
    now = 400;
    vi.advanceTimersByTime(100);
    expect(searched).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(searched).toEqual(['a', 'b']);
    vi.runAllTimers();
    expect(searched).toEqual([...SHORT_QUERIES]);
    expect(short.get('m', key)).toBe('answer m');
    expect(short.get(' M ', key)).toBe('answer m');
    expect(short.get('mi', key)).toBeUndefined();
    expect(short.get('é', key)).toBeUndefined();
    // The same favourites in another order are the same options; another territory is not.
    expect(short.get('m', optionsKey({ limit: 30, territory: ['34301'], favourites: ['a', 'b'] }))).toBe('answer m');
    expect(short.get('m', optionsKey({ limit: 30, territory: ['34172'], favourites: ['a', 'b'] }))).toBeUndefined();
    short.clear();
    expect(short.get('m', key)).toBeUndefined();
  });
});

describe('the search worker with one-letter answers worked out ahead', () => {
  const { partners } = parseDataInclusion({
    structures: [
      structure(),
      structure({ id: 't--ml', nom: 'Mission Locale Sète', reseaux_porteurs: ['mission-locale'] }),
      structure({ id: 't--mdph', nom: 'Maison départementale des personnes handicapées', commune: 'Montpellier', code_insee: '34172', code_postal: '34000' }),
      structure({ id: 't--ccas', nom: 'CCAS de Sète', reseaux_porteurs: ['ccas-cias'] }),
    ],
    services: [],
  });
  const loaded = (): LoadedSnapshot => ({ snapshot: buildSearchSnapshot(partners), builtAt: 1, built: { directoryVersion: 1, contactsStamp: '0' }, current: true, timings: { opened: 0, read: 0 } });

  it('answers a first letter as it would have ranked it, for these options, without ranking it again', async () => {
    const service = createSearchService(async () => loaded(), { shortAnswers: { idleMs: 0 } });
    const channel = new MessageChannel();
    servePort(channel.port1, service);
    channel.port1.start();
    const client = new SearchWorkerClient(channel.port2);
    const options = { limit: 30, territory: ['34172'], favourites: new Set(['t--ccas']) };
    const local = createSearchIndex(partners);
    await client.status();
    const ranked = vi.spyOn(Ranker.prototype, 'rank');
    await client.prepare(options);
    await vi.waitUntil(() => ranked.mock.calls.length === SHORT_QUERIES.length, { timeout: 5000 });
    expect((await client.search('m', options)).map((hit) => [hit.partner.id, hit.score])).toEqual(local.search('m', options).map((hit) => [hit.partner.id, hit.score]));
    expect(ranked.mock.calls.length).toBe(SHORT_QUERIES.length + 1 /* the local index above */);
    // Other options are ranked anew.
    const elsewhere = { ...options, territory: [] };
    expect((await client.search('m', elsewhere)).map((hit) => hit.partner.id)).toEqual(local.search('m', elsewhere).map((hit) => hit.partner.id));
    expect(ranked.mock.calls.length).toBe(SHORT_QUERIES.length + 3);
    ranked.mockRestore();
    channel.port1.close();
    channel.port2.close();
  });
});
