import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/schema';

/**
 * The synced settings, kept current when another page or computer changes them. Their code (zod
 * and the settings' schemas) is loaded here, not on a page's first render: the popup searches
 * while it arrives.
 */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    let unwatch = () => undefined as void;
    void import('../lib/settings').then(({ loadSettings, settingsValue, watchSynced }) => {
      if (!alive) return;
      const load = () => void loadSettings().then((value) => alive && setSettings(value));
      load();
      unwatch = watchSynced(settingsValue, load);
    });
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
    let alive = true;
    let unwatch = () => undefined as void;
    void import('../lib/settings').then(({ syncStatusItem }) => {
      if (!alive) return;
      void syncStatusItem.getValue().then((value) => alive && setStatus(value));
      unwatch = syncStatusItem.watch(setStatus);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return status;
}
