import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readEffectiveSettings, touchesTerritory } from '../lib/territory-read';
import type { Settings } from '../lib/schema';
import type { ManagedState } from '../lib/settings';

type SettingsModule = typeof import('../lib/settings');
/** The settings' code once loaded (zod and the schemas stay off a page's first render). */
let settingsModule: SettingsModule | undefined;
const loadSettingsModule = () => import('../lib/settings').then((module) => (settingsModule = module));

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
    void loadSettingsModule().then(({ loadSettings, settingsValue, watchSynced }) => {
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
    void loadSettingsModule().then(({ syncStatusItem }) => {
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

/** What the structure's policy sets (null: no policy read yet), kept current when it changes. */
export function useManagedState(): ManagedState | null | undefined {
  const [state, setState] = useState<ManagedState | null>();
  useEffect(() => {
    let alive = true;
    let unwatch = () => undefined as void;
    void loadSettingsModule().then(({ managedStateItem }) => {
      if (!alive) return;
      void managedStateItem.getValue().then((value) => alive && setState(value));
      unwatch = managedStateItem.watch((value) => alive && setState(value));
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}

/**
 * The settings the search uses: the counsellor's, with the structure's territory
 * (lib/territory-read, the same rules as lib/settings effectiveSettings). Read without zod: the
 * popup's first search waits for the territory, and zod with the settings' schemas cost it a long
 * task at each opening. Kept current when another page, computer or the policy changes them.
 */
export function useEffectiveSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    let reads = 0;
    const read = () => {
      const turn = ++reads;
      void readEffectiveSettings(browser.storage).then((value) => alive && turn === reads && setSettings(value));
    };
    read();
    const changed = (changes: Record<string, unknown>, area: string) => touchesTerritory(changes, area) && read();
    browser.storage.onChanged.addListener(changed);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, []);
  return settings;
}
