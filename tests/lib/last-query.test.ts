import { describe, expect, it } from 'vitest';
import { LAST_QUERY_TTL_MS, queryToReopen, queryToStore } from '../../lib/last-query';

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
