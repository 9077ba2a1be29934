import type { Settings, TerritoryPlace } from './schema';
import type { ManagedState } from './settings';

/**
 * The territory the search uses, read without zod: the popup's first search needs the
 * counsellor's territory (and the structure's), and loading zod with every schema to check two
 * small values cost the popup a long task at each opening. The checks here accept exactly what
 * lib/schema's SettingsSchema accepts (tests/lib/territory-read.test.ts compares them); anything
 * else is ignored, as lib/settings readSynced ignores it.
 */

/** Where lib/settings keeps them (WXT's `sync:settings`, `local:settingsFallback`, `local:managedState`). */
export const TERRITORY_STORAGE = { sync: 'settings', local: 'settingsFallback', managed: 'managedState' } as const;

const KINDS = new Set(['commune', 'epci', 'departement']);
const PLACE_CODE = /^(?:\w{2,3}|\w{5}|\d{9})$/;
const MEMBER_CODE = /^\w{2,9}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A place as TerritoryPlaceSchema accepts it, or undefined. */
function placeOf(value: unknown): TerritoryPlace | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, code, label, codes } = value;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  if (typeof code !== 'string' || !PLACE_CODE.test(code)) return undefined;
  if (typeof label !== 'string' || label.length < 1 || label.length > 200) return undefined;
  if (!Array.isArray(codes) || codes.length > 2000 || !codes.every((c) => typeof c === 'string' && MEMBER_CODE.test(c))) return undefined;
  return { kind: kind as TerritoryPlace['kind'], code, label, codes: [...codes] };
}

/** A territory (at most 50 places, each valid), or undefined when any part is not. */
function territoryOf(value: unknown): TerritoryPlace[] | undefined {
  if (!Array.isArray(value) || value.length > 50) return undefined;
  const places = value.map(placeOf);
  return places.every(Boolean) ? (places as TerritoryPlace[]) : undefined;
}

/** A stamped settings value as lib/settings parseStamped accepts it: `{ savedAt, value: { territory? } }`. */
export function stampedSettingsOf(raw: unknown): { savedAt: number; value: Settings } | undefined {
  if (!isRecord(raw) || typeof raw.savedAt !== 'number' || !Number.isFinite(raw.savedAt) || !isRecord(raw.value)) return undefined;
  const territory = raw.value.territory === undefined ? [] : territoryOf(raw.value.territory);
  return territory ? { savedAt: raw.savedAt, value: { territory } } : undefined;
}

/** The newest valid copy of the settings (sync or its local fallback), as lib/settings loadSettings reads it. */
export function settingsFrom(fromSync: unknown, fromLocal: unknown): Settings {
  const a = stampedSettingsOf(fromSync);
  const b = stampedSettingsOf(fromLocal);
  const newest = a && b ? (a.savedAt >= b.savedAt ? a : b) : (a ?? b);
  return newest?.value ?? { territory: [] };
}

/** What the background wrote of the structure's policy, the parts the territory needs; null without one. */
export function managedTerritoryOf(raw: unknown): ManagedState | null {
  if (!isRecord(raw) || !isRecord(raw.policy)) return null;
  const territory = territoryOf(raw.territory) ?? [];
  const locked = isRecord(raw.policy.locked) && raw.policy.locked.territory === true;
  const policy = raw.policy as unknown as ManagedState['policy'];
  return { ...(raw as unknown as ManagedState), territory, policy: { ...policy, locked: { ...policy.locked, territory: locked } } };
}

/** The territory the search uses: the structure's places, then the counsellor's own unless the structure locked it. */
export function effectiveSettings(settings: Settings, managed: ManagedState | null | undefined): Settings {
  if (!managed || managed.territory.length === 0) return managed?.policy.locked.territory ? { ...settings, territory: [] } : settings;
  if (managed.policy.locked.territory) return { ...settings, territory: managed.territory };
  const own = settings.territory.filter((place) => !managed.territory.some((m) => m.kind === place.kind && m.code === place.code));
  return { ...settings, territory: [...managed.territory, ...own] };
}

export interface StorageAreas {
  sync: { get(keys: string[]): Promise<Record<string, unknown>> };
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
}

/** Reads the effective settings from the browser's storage (an unreadable area counts as empty). */
export async function readEffectiveSettings(storage: StorageAreas): Promise<Settings> {
  const [sync, local] = await Promise.all([
    storage.sync.get([TERRITORY_STORAGE.sync]).catch(() => ({}) as Record<string, unknown>),
    storage.local.get([TERRITORY_STORAGE.local, TERRITORY_STORAGE.managed]).catch(() => ({}) as Record<string, unknown>),
  ]);
  return effectiveSettings(settingsFrom(sync[TERRITORY_STORAGE.sync], local[TERRITORY_STORAGE.local]), managedTerritoryOf(local[TERRITORY_STORAGE.managed]));
}

/** Whether a storage change touches what readEffectiveSettings reads. */
export function touchesTerritory(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'sync') return TERRITORY_STORAGE.sync in changes;
  if (area === 'local') return TERRITORY_STORAGE.local in changes || TERRITORY_STORAGE.managed in changes;
  return false;
}
