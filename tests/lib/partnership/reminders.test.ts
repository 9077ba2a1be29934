import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropDb, openFreshDb } from '../../support/fresh-db';
import type { RepereDB } from '../../../lib/db';
import { FOLLOW_UP_ALARM, NOTIFY_SETTING_KEY, ensureFollowUpAlarm, logContact, runFollowUpCheck, type StorageAreaLike } from '../../../lib/partnership';

let db: RepereDB;
beforeEach(() => {
  db = openFreshDb('repere-reminders');
});
afterEach(() => dropDb(db));

function memoryStorage(initial: Record<string, unknown> = {}): StorageAreaLike {
  const data = { ...initial };
  return { get: async (key) => (key in data ? { [key]: data[key] } : {}), set: async (items) => void Object.assign(data, items) };
}

describe('daily reminders', () => {
  it('creates one daily alarm, once', async () => {
    const alarms = { get: vi.fn(async () => undefined), create: vi.fn() };
    await ensureFollowUpAlarm(alarms);
    expect(alarms.create).toHaveBeenCalledWith(FOLLOW_UP_ALARM, { periodInMinutes: 1440, delayInMinutes: 1 });
    alarms.get.mockResolvedValue({ name: FOLLOW_UP_ALARM } as never);
    await ensureFollowUpAlarm(alarms);
    expect(alarms.create).toHaveBeenCalledTimes(1);
  });

  it('notifies only when asked, allowed and something is due, at most once a day', async () => {
    await logContact(db, { partnerId: 'ml', date: '2026-01-02', kind: 'appel' });
    const notify = vi.fn(async () => {});
    const off = { storage: memoryStorage(), canNotify: async () => true, notify };
    expect(await runFollowUpCheck(db, off, new Date(2026, 10, 29, 9))).toBe(1);
    expect(notify).not.toHaveBeenCalled();

    const revoked = { storage: memoryStorage({ [NOTIFY_SETTING_KEY]: true }), canNotify: async () => false, notify };
    await runFollowUpCheck(db, revoked, new Date(2026, 10, 29, 9));
    expect(notify).not.toHaveBeenCalled();

    const on = { storage: memoryStorage({ [NOTIFY_SETTING_KEY]: true }), canNotify: async () => true, notify };
    await runFollowUpCheck(db, on, new Date(2026, 10, 29, 9));
    await runFollowUpCheck(db, on, new Date(2026, 10, 29, 18));
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith(1);
    await runFollowUpCheck(db, on, new Date(2026, 10, 30, 9));
    expect(notify).toHaveBeenCalledTimes(2);
    // Nothing due (the relance is months away): no notification.
    expect(await runFollowUpCheck(db, on, new Date(2026, 2, 1, 9))).toBe(0);
    expect(notify).toHaveBeenCalledTimes(2);
  });
});
