import type { RepereDB } from '../db/database';
import { refreshDueSources, refreshSource, subscribe, subscribeNational, type SubscriptionDeps } from './subscriptions';

/** The one alarm that wakes the background to refresh the subscriptions that are due. */
export const REFRESH_ALARM = 'repere:refresh-sources';
/** How often the background checks; each subscription has its own period (daily by default). */
export const REFRESH_CHECK_MINUTES = 60;

export interface AlarmsLike {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
}

/** Creates the refresh alarm once (alarms survive restarts, but not every browser keeps them). */
export async function ensureRefreshAlarm(alarms: AlarmsLike): Promise<void> {
  if (!(await alarms.get(REFRESH_ALARM))) alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_CHECK_MINUTES, delayInMinutes: 1 });
}

/** The background's handlers for `sources:*` messages and the alarm: thin calls into lib/import. */
export function createSourceHandlers(db: RepereDB, deps: SubscriptionDeps) {
  return {
    subscribe: (url: string, label?: string, coordinatorEmail?: string) => subscribe(db, url, label, deps, { coordinatorEmail }),
    subscribeNational: (token: string, departement: string) => subscribeNational(db, token, departement, deps),
    refresh: (sourceId: string) => refreshSource(db, sourceId, deps),
    onAlarm: (name: string) => (name === REFRESH_ALARM ? refreshDueSources(db, deps) : undefined),
  };
}
