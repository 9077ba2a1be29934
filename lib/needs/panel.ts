/** The context-menu item: shown only on a selection, with the selected words in its title. */
export const FIND_PARTNER_MENU_ID = 'repere-find-partner';

export function findPartnerMenuItem(title: string) {
  return { id: FIND_PARTNER_MENU_ID, title, contexts: ['selection'] as ['selection'] };
}

/** The browser APIs that can show the needs panel; each browser has some of them. */
export interface PanelOpeners {
  /** Chrome 116+: the side panel of a window. */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox: the sidebar. */
  sidebarAction?: { open(): Promise<void> };
  /** Everywhere: a small extension window, when neither panel exists or opening it failed. */
  openWindow(): Promise<unknown>;
}

export type PanelPlace = 'side-panel' | 'sidebar' | 'window';

/**
 * Opens the needs panel. Browsers only open a side panel in response to a user action, so the
 * first `open` call happens synchronously, before any await (this runs inside the click handler).
 */
export async function openNeedsPanel(openers: PanelOpeners, target: { windowId?: number }): Promise<PanelPlace> {
  try {
    if (openers.sidePanel && target.windowId !== undefined) {
      await openers.sidePanel.open({ windowId: target.windowId });
      return 'side-panel';
    }
    if (openers.sidebarAction) {
      await openers.sidebarAction.open();
      return 'sidebar';
    }
  } catch {
    // No user gesture, or the panel is unavailable here: the window below still shows the results.
  }
  await openers.openWindow();
  return 'window';
}
