import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/schema';
import { loadSettings, settingsValue, syncStatusItem, watchSynced } from '../lib/settings';

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
