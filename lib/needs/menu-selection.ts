import type { PanelSelection } from './selection';

/**
 * The text the counsellor right-clicked, on its way from the context menu to the side panel.
 * It travels through `storage.session` — in memory, cleared when the browser closes, never
 * written to disk, readable only by the extension's own pages — and is never logged.
 * Without zod: the background's menu click is handled by the part of it that every wake loads
 * (entrypoints/background/index.ts), where zod would weigh ~90 KB (issue 20).
 */
export const SELECTION_KEY = 'needs:selection';

/** Longer selections are cut: a case note, not a whole document. */
export const MAX_SELECTION_LENGTH = 5000;

/** The slice of a browser StorageArea this module needs (storage.session in the extension). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The selected text of a menu click, whitespace tidied and bounded; undefined when there is none. */
export function selectionFromClick(info: unknown): string | undefined {
  if (typeof info !== 'object' || info === null) return undefined;
  const { menuItemId, selectionText } = info as { menuItemId?: unknown; selectionText?: unknown };
  if (typeof menuItemId !== 'string' && typeof menuItemId !== 'number') return undefined;
  if (typeof selectionText !== 'string') return undefined;
  const text = selectionText.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_LENGTH);
  return text || undefined;
}

export function saveSelection(area: SessionArea, text: string, now: number): Promise<void> {
  const selection: PanelSelection = { text, at: now };
  return area.set({ [SELECTION_KEY]: selection });
}
