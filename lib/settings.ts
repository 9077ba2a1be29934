import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { FavouritesSnapshotSchema, SettingsSchema, type FavouritesSnapshot, type Settings, type TerritoryPlace } from './schema';
import type { ManagedPolicy } from './managed/policy';
import { t, type MessageKey } from './i18n';

/**
 * What follows the counsellor to another computer: settings (territory) and favourites with their
 * groups, in the browser's sync storage. Each value is stamped; when a value does not fit
 * `storage.sync`'s quotas it is kept in local storage instead and a message says so.
 * Notes and contacts never go here: they stay in IndexedDB on this computer.
 */

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox applies the same). */
export const SYNC_ITEM_MAX_BYTES = 8192;

interface Stamped<T> {
  savedAt: number;
  value: T;
}

interface SyncedValue<T> {
  name: 'settings' | 'favourites';
  schema: z.ZodType<T>;
  sync: ReturnType<typeof storage.defineItem<Stamped<unknown> | null>>;
  local: ReturnType<typeof storage.defineItem<Stamped<unknown> | null>>;
  /** What the value holds, as the « not enough room » message names it. */
  whatFor: MessageKey;
}

function synced<T>(name: SyncedValue<T>['name'], schema: z.ZodType<T>, whatFor: MessageKey): SyncedValue<T> {
  return {
    name,
    schema,
    whatFor,
    sync: storage.defineItem<Stamped<unknown> | null>(`sync:${name}`, { fallback: null }),
    local: storage.defineItem<Stamped<unknown> | null>(`local:${name}Fallback`, { fallback: null }),
  };
}

export const settingsValue = synced('settings', SettingsSchema, 'syncWhatSettings');
export const favouritesValue = synced('favourites', FavouritesSnapshotSchema, 'syncWhatFavourites');

/** Name of a synced value -> why it is only kept on this computer. */
export const syncStatusItem = storage.defineItem<Record<string, string>>('local:syncStatus', { fallback: {} });

function parseStamped<T>(schema: z.ZodType<T>, raw: unknown): Stamped<T> | undefined {
  const parsed = z.object({ savedAt: z.number(), value: schema }).safeParse(raw);
  return parsed.success ? (parsed.data as Stamped<T>) : undefined;
}

/** The newest valid copy, from sync or from the local fallback; anything malformed is ignored. */
export async function readSynced<T>(item: SyncedValue<T>): Promise<Stamped<T> | undefined> {
  const [fromSync, fromLocal] = await Promise.all([item.sync.getValue(), item.local.getValue()]);
  const a = parseStamped(item.schema, fromSync);
  const b = parseStamped(item.schema, fromLocal);
  if (a && b) return a.savedAt >= b.savedAt ? a : b;
  return a ?? b;
}

async function setStatus(name: string, message: string | undefined): Promise<void> {
  const status = { ...(await syncStatusItem.getValue()) };
  if (message) status[name] = message;
  else delete status[name];
  await syncStatusItem.setValue(status);
}

/** Saves to sync storage, or to local storage with a message when sync's quotas refuse it. */
export async function writeSynced<T>(item: SyncedValue<T>, value: T, now = Date.now()): Promise<'sync' | 'local'> {
  const stamped: Stamped<T> = { savedAt: now, value };
  const bytes = new TextEncoder().encode(item.name + JSON.stringify(stamped)).length;
  let quotaError = bytes > SYNC_ITEM_MAX_BYTES;
  if (!quotaError) {
    try {
      await item.sync.setValue(stamped);
    } catch (error) {
      // QUOTA_BYTES, QUOTA_BYTES_PER_ITEM or MAX_WRITE_OPERATIONS_PER_*: keep it locally.
      if (!/quota|max_write/i.test(String(error))) throw error;
      quotaError = true;
    }
  }
  if (quotaError) {
    await item.local.setValue(stamped);
    await setStatus(item.name, t('syncNoRoom', t(item.whatFor)));
    return 'local';
  }
  await item.local.removeValue();
  await setStatus(item.name, undefined);
  return 'sync';
}

/** Calls back whenever another page or computer changes the value. */
export function watchSynced<T>(item: SyncedValue<T>, callback: () => void): () => void {
  const unwatchSync = item.sync.watch(callback);
  const unwatchLocal = item.local.watch(callback);
  return () => {
    unwatchSync();
    unwatchLocal();
  };
}

export async function loadSettings(): Promise<Settings> {
  return (await readSynced(settingsValue))?.value ?? SettingsSchema.parse({});
}

export async function saveSettings(settings: Settings, now = Date.now()): Promise<'sync' | 'local'> {
  return writeSynced(settingsValue, SettingsSchema.parse(settings), now);
}

// Pure, in a module of its own: the popup's first render uses it without loading the settings' schemas.
export { territoryCodes } from './territory-codes';

export type { FavouritesSnapshot };

/**
 * What the structure's policy sets (lib/managed): checked, the territory resolved to places, and
 * the French messages for what was left out. Written by the background when the policy is read or
 * changes; never mixed into the counsellor's own settings, so a policy removed gives them back.
 */
export interface ManagedState {
  policy: ManagedPolicy;
  territory: TerritoryPlace[];
  problems: string[];
  checkedAt: number;
}
export const managedStateItem = storage.defineItem<ManagedState | null>('local:managedState', { fallback: null });

/** Managed subscriptions and sites already set up once on their own: not redone after the counsellor removed them. */
export const managedAppliedItem = storage.defineItem<{ subscriptions: string[]; caseSites: string[] }>('local:managedApplied', {
  fallback: { subscriptions: [], caseSites: [] },
});

// Pure, without zod: the popup's first search reads the territory through lib/territory-read.
export { effectiveSettings } from './territory-read';
import { effectiveSettings } from './territory-read';

export async function loadEffectiveSettings(): Promise<Settings> {
  const [settings, managed] = await Promise.all([loadSettings(), managedStateItem.getValue()]);
  return effectiveSettings(settings, managed);
}
