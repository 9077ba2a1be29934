import { describe, expect, it } from 'vitest';
import { KEEP_WARM_ALARM, WARM_END_ALARM, WARM_WINDOW_MINUTES, extendWarmWindow, onWarmAlarm, type WarmAlarms } from '../../lib/search/keep-warm';

/** Alarms as the browser keeps them: one per name, a new one replacing the old. */
function fakeAlarms() {
  const alarms = new Map<string, { periodInMinutes?: number; when?: number }>();
  const api: WarmAlarms = {
    create: (name, info) => void alarms.set(name, info),
    clear: async (name) => alarms.delete(name),
  };
  return { api, alarms };
}

describe('the working window of the Firefox event page', () => {
  it('keeps the event page awake with an alarm shorter than Firefox’s 30 s idle timeout, until the window’s end', () => {
    const { api, alarms } = fakeAlarms();
    extendWarmWindow(api, 1_000_000);
    expect(alarms.get(KEEP_WARM_ALARM)!.periodInMinutes! * 60).toBeLessThan(30);
    expect(alarms.get(WARM_END_ALARM)).toEqual({ when: 1_000_000 + WARM_WINDOW_MINUTES * 60_000 });
  });

  it('moves the end with each page that searches: the window runs from the last one', () => {
    const { api, alarms } = fakeAlarms();
    extendWarmWindow(api, 1_000_000);
    extendWarmWindow(api, 1_600_000);
    expect(alarms.get(WARM_END_ALARM)!.when).toBe(1_600_000 + WARM_WINDOW_MINUTES * 60_000);
    expect([...alarms.keys()].sort()).toEqual([KEEP_WARM_ALARM, WARM_END_ALARM].sort());
  });

  it('at the end, clears the keep-alive alarm so the event page can sleep; the repeating alarm itself changes nothing', async () => {
    const { api, alarms } = fakeAlarms();
    extendWarmWindow(api, 0);
    alarms.delete(WARM_END_ALARM); // A one-shot alarm is gone once it fired.
    expect(onWarmAlarm(KEEP_WARM_ALARM, api)).toBe(true);
    expect(alarms.has(KEEP_WARM_ALARM)).toBe(true);
    expect(onWarmAlarm(WARM_END_ALARM, api)).toBe(true);
    await Promise.resolve();
    expect(alarms.has(KEEP_WARM_ALARM)).toBe(false);
  });

  it('leaves every other alarm to the services (subscriptions, follow-up)', () => {
    const { api } = fakeAlarms();
    expect(onWarmAlarm('repere:refresh-sources', api)).toBe(false);
  });
});
