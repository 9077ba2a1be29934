import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../lib/schema';
import { effectiveSettings, loadSettings, managedStateItem, settingsValue, syncStatusItem, watchSynced, type ManagedState } from '../lib/settings';

/** The synced settings, kept current when another page or computer changes them. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    const load = () => void loadSettings().then((value) => alive && setSettings(value));
    load();
    const unwatch = watchSynced(settingsValue, load);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** French messages for values that could not be synced (over quota), by value name. */
export function useSyncStatus(): Record<string, string> {
  const [status, setStatus] = useState<Record<string, string>>({});
  useEffect(() => {
    void syncStatusItem.getValue().then(setStatus);
    return syncStatusItem.watch(setStatus);
  }, []);
  return status;
}

/** What the structure's policy sets (null: no policy read yet), kept current when it changes. */
export function useManagedState(): ManagedState | null | undefined {
  const [state, setState] = useState<ManagedState | null>();
  useEffect(() => {
    void managedStateItem.getValue().then(setState);
    return managedStateItem.watch(setState);
  }, []);
  return state;
}

/** The settings the search uses: the counsellor's, with the structure's territory (lib/settings effectiveSettings). */
export function useEffectiveSettings(): Settings | undefined {
  const settings = useSettings();
  const managed = useManagedState();
  // One object per change: the search re-runs when the territory's identity changes.
  return useMemo(() => (settings && managed !== undefined ? effectiveSettings(settings, managed) : undefined), [settings, managed]);
}
