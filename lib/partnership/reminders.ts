import type { RepereDB } from '../db/database';
import { localDay } from './dates';
import { dueItems } from './due';
import { loadFollowUpData } from './store';

export const FOLLOW_UP_ALARM = 'repere:follow-up';
/** Once a day is enough for dates counted in days. */
const CHECK_EVERY_MINUTES = 24 * 60;
/** storage.local keys: the counsellor's choice (off by default) and the last day a notification was shown. */
export const NOTIFY_SETTING_KEY = 'followUpNotifications';
const LAST_NOTIFIED_KEY = 'followUpNotifiedOn';

interface AlarmsLike {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): void | Promise<void>;
}

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ReminderDeps {
  storage: StorageAreaLike;
  /** Whether the optional `notifications` permission is granted now (the counsellor may revoke it). */
  canNotify(): Promise<boolean>;
  notify(count: number): Promise<void>;
}

/** Creates the daily check once (alarms survive restarts, but not every browser keeps them). */
export async function ensureFollowUpAlarm(alarms: AlarmsLike): Promise<void> {
  if (!(await alarms.get(FOLLOW_UP_ALARM))) await alarms.create(FOLLOW_UP_ALARM, { periodInMinutes: CHECK_EVERY_MINUTES, delayInMinutes: 1 });
}

export async function notificationsWanted(storage: StorageAreaLike): Promise<boolean> {
  return (await storage.get(NOTIFY_SETTING_KEY))[NOTIFY_SETTING_KEY] === true;
}

/**
 * The daily check: counts what is due and, when the counsellor asked for it and something is due,
 * shows one notification a day. Returns the count.
 */
export async function runFollowUpCheck(db: RepereDB, deps: ReminderDeps, now = new Date()): Promise<number> {
  const today = localDay(now);
  const count = dueItems(await loadFollowUpData(db), today).length;
  if (count === 0 || !(await notificationsWanted(deps.storage))) return count;
  if ((await deps.storage.get(LAST_NOTIFIED_KEY))[LAST_NOTIFIED_KEY] === today) return count;
  if (!(await deps.canNotify())) return count;
  await deps.notify(count);
  await deps.storage.set({ [LAST_NOTIFIED_KEY]: today });
  return count;
}

/** The slice of the extension API the reminders use (`notifications` exists only once granted). */
export interface ReminderBrowser {
  storage: { local: StorageAreaLike };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  runtime: { getURL(path: string): string };
  tabs: { create(p: { url: string }): unknown };
  notifications?: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): unknown;
    onClicked: { addListener(listener: (id: string) => void): void; hasListener(listener: (id: string) => void): boolean };
  };
}

/** Wires the check to the browser: one notification, a click on it opens the board. */
export function reminderDeps(api: ReminderBrowser, text: { title: string; message: (count: number) => string }): ReminderDeps {
  const openBoard = (id: string) => {
    if (id === FOLLOW_UP_ALARM) void api.tabs.create({ url: api.runtime.getURL('/suivi.html') });
  };
  return {
    storage: api.storage.local,
    canNotify: async () => Boolean(api.notifications) && (await api.permissions.contains({ permissions: ['notifications'] })),
    async notify(count) {
      const notifications = api.notifications!;
      if (!notifications.onClicked.hasListener(openBoard)) notifications.onClicked.addListener(openBoard);
      await notifications.create(FOLLOW_UP_ALARM, { type: 'basic', iconUrl: api.runtime.getURL('/icons/128.png'), title: text.title, message: text.message(count) });
    },
  };
}
