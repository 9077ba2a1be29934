import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSelection, parseSelection, SELECTION_KEY, type PanelSelection } from '../../lib/needs/selection';

export interface PanelSelectionState {
  selection: PanelSelection | undefined;
  /**
   * The stored selection was read (or a new one arrived): until then the panel does not know
   * whether it opened for a right-click, and shows nothing rather than the favourites it would
   * replace a few milliseconds later (a key pressed on them would be lost with them).
   */
  read: boolean;
  clear: () => void;
}

/**
 * The text last right-clicked with "Trouver un partenaire", kept in storage.session (memory
 * only). Follows new right-clicks while the panel stays open.
 */
export function usePanelSelection(): PanelSelectionState {
  const [state, setState] = useState<{ selection?: PanelSelection; read: boolean }>({ read: false });
  useEffect(() => {
    let alive = true;
    /** A right-click told while the first read was on its way is newer than what that read returns. */
    let told = false;
    void loadSelection(browser.storage.session)
      .catch(() => undefined)
      .then((selection) => alive && !told && setState({ selection, read: true }));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(SELECTION_KEY in changes)) return;
      told = true;
      setState({ selection: parseSelection(changes[SELECTION_KEY].newValue), read: true });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const clear = useCallback(() => void browser.storage.session.remove(SELECTION_KEY), []);
  return { selection: state.selection, read: state.read, clear };
}
