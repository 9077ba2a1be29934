import { z } from 'zod';

/**
 * The text the counsellor right-clicked, on its way from the context menu to the side panel.
 * It travels through `storage.session` — in memory, cleared when the browser closes, never
 * written to disk, readable only by the extension's own pages — and is never logged.
 */
export const SELECTION_KEY = 'needs:selection';

/** Longer selections are cut: a case note, not a whole document. */
export const MAX_SELECTION_LENGTH = 5000;

export const PanelSelectionSchema = z.object({
  text: z.string().min(1).max(MAX_SELECTION_LENGTH),
  /** When it was selected (ms): a new right-click on the same words still refreshes the panel. */
  at: z.number(),
});
export type PanelSelection = z.infer<typeof PanelSelectionSchema>;

/** The parts of a context-menu click we read (a subset of contextMenus.OnClickData). */
const ClickSchema = z.object({
  menuItemId: z.union([z.string(), z.number()]),
  selectionText: z.string().optional(),
});

/** The selected text of a menu click, whitespace tidied and bounded; undefined when there is none. */
export function selectionFromClick(info: unknown): string | undefined {
  const parsed = ClickSchema.safeParse(info);
  if (!parsed.success || !parsed.data.selectionText) return undefined;
  const text = parsed.data.selectionText.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION_LENGTH);
  return text || undefined;
}

/** A stored value, validated: anything else (older format, tampering) reads as no selection. */
export function parseSelection(value: unknown): PanelSelection | undefined {
  const parsed = PanelSelectionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The slice of a browser StorageArea this module needs (storage.session in the extension). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function saveSelection(area: SessionArea, text: string, now: number): Promise<void> {
  const selection: PanelSelection = { text, at: now };
  return area.set({ [SELECTION_KEY]: selection });
}

export async function loadSelection(area: SessionArea): Promise<PanelSelection | undefined> {
  const items = await area.get(SELECTION_KEY);
  return parseSelection(items[SELECTION_KEY]);
}
