import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAST_QUERY_TTL_MS, createQueryWriter, queryToReopen, queryToStore } from '../../lib/last-query';

describe('the popup’s last query', () => {
  const now = 1_800_000_000_000;
  it.each([
    ['just typed', queryToStore('mission locale', now - 1000), 'mission locale'],
    ['nine minutes ago', queryToStore('ccas', now - 9 * 60_000), 'ccas'],
    ['ten minutes ago', queryToStore('ccas', now - LAST_QUERY_TTL_MS), ''],
    ['from the future (clock changed)', queryToStore('ccas', now + 60_000), ''],
    ['nothing stored', undefined, ''],
    ['something else stored', { query: 42 }, ''],
  ])('%s', (_, stored, expected) => {
    expect(queryToReopen(stored, now)).toBe(expected);
  });

  it('stores a bounded query', () => {
    expect(queryToStore('x'.repeat(900), now).query).toHaveLength(500);
  });
});

// Issue 20: a write per keystroke cost the popup a task among the keystroke's own.
describe('the popup’s last query, written as the counsellor types', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at most every 400 ms, always the latest query, and nothing when nothing changed', () => {
    const written: string[] = [];
    const writer = createQueryWriter((query) => written.push(query));
    for (const query of ['m', 'mi', 'mis', 'miss']) {
      writer.record(query);
      vi.advanceTimersByTime(60);
    }
    expect(written).toEqual([]);
    vi.advanceTimersByTime(160);
    expect(written).toEqual(['miss']);
    writer.record('missi');
    writer.record('missio');
    vi.advanceTimersByTime(400);
    expect(written).toEqual(['miss', 'missio']);
    vi.advanceTimersByTime(2000);
    writer.flush();
    expect(written).toEqual(['miss', 'missio']);
  });

  it('writes what is pending at once when the popup goes away, an emptied box too', () => {
    const written: string[] = [];
    const writer = createQueryWriter((query) => written.push(query));
    writer.record('mission locale');
    writer.flush();
    expect(written).toEqual(['mission locale']);
    writer.record('');
    writer.flush();
    expect(written).toEqual(['mission locale', '']);
    // The flush took the timer with it: nothing is written twice.
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['mission locale', '']);
  });
});
