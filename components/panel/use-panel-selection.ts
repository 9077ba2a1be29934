import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSelection, parseSelection, SELECTION_KEY, type PanelSelection } from '../../lib/needs/selection';

/**
 * The text last right-clicked with "Trouver un partenaire", kept in storage.session (memory
 * only). Follows new right-clicks while the panel stays open.
 */
export function usePanelSelection(): { selection: PanelSelection | undefined; clear: () => void } {
  const [selection, setSelection] = useState<PanelSelection>();
  useEffect(() => {
    let alive = true;
    void loadSelection(browser.storage.session).then((value) => alive && value && setSelection(value));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && SELECTION_KEY in changes) setSelection(parseSelection(changes[SELECTION_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const clear = useCallback(() => void browser.storage.session.remove(SELECTION_KEY), []);
  return { selection, clear };
}
