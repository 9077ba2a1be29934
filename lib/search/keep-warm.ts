/**
 * Firefox keeps the search index in memory while its event page is awake: the page starts the
 * search worker (search-host.ts keepSearchWorker), and a popup opened then joins it. Firefox
 * suspends an event page after 30 s without events, and the worker with it: the counsellor's next
 * popup, a minute later in the same interview, read and restored the stored index itself
 * (popup-open bench, toolbar: ~160 ms suspended against ~75 ms awake, issue 20).
 *
 * The working window: each page that searches (popup, side panel) asks for it as it opens
 * (search:refresh-index). The event page then stays awake for WARM_WINDOW_MINUTES after the last
 * of them. A repeating alarm shorter than the idle timeout is an event, and every event
 * postpones the suspension; a second alarm ends the window and clears the first, so the event
 * page sleeps again 30 s later. Chrome needs none of it: its offscreen document keeps the worker.
 * Both alarms are Firefox's own timers: nothing is read, written or sent.
 */
export const KEEP_WARM_ALARM = 'repere:search-keep-warm';
export const WARM_END_ALARM = 'repere:search-warm-end';
/** An interview's length: the counsellor comes back to the popup within it. */
export const WARM_WINDOW_MINUTES = 30;
/** 20 s: under Firefox's 30 s idle timeout (extensions.background.idle.timeout), with room for a loaded machine. */
export const KEEP_WARM_PERIOD_MINUTES = 1 / 3;

export interface WarmAlarms {
  create(name: string, info: { periodInMinutes?: number; when?: number }): unknown;
  clear(name: string): Promise<unknown>;
}

/** Starts the working window, or moves its end to WARM_WINDOW_MINUTES from `now`. */
export function extendWarmWindow(alarms: WarmAlarms, now: number): void {
  alarms.create(KEEP_WARM_ALARM, { periodInMinutes: KEEP_WARM_PERIOD_MINUTES });
  alarms.create(WARM_END_ALARM, { when: now + WARM_WINDOW_MINUTES * 60_000 });
}

/**
 * Handles the window's own alarms; false for any other. The repeating one needs nothing done: its
 * event alone postpones the suspension. The end clears it.
 */
export function onWarmAlarm(name: string, alarms: WarmAlarms): boolean {
  if (name === KEEP_WARM_ALARM) return true;
  if (name !== WARM_END_ALARM) return false;
  void alarms.clear(KEEP_WARM_ALARM).catch(() => undefined);
  return true;
}
