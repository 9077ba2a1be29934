import { z } from 'zod';

import { MAX_SELECTION_LENGTH, SELECTION_KEY, type SessionArea } from './menu-selection';

export { MAX_SELECTION_LENGTH, SELECTION_KEY, saveSelection, selectionFromClick, type SessionArea } from './menu-selection';

/** A selection as stored (lib/needs/menu-selection.ts writes it), checked when a page reads it. */
export const PanelSelectionSchema = z.object({
  text: z.string().min(1).max(MAX_SELECTION_LENGTH),
  /** When it was selected (ms): a new right-click on the same words still refreshes the panel. */
  at: z.number(),
});
export type PanelSelection = z.infer<typeof PanelSelectionSchema>;

/** A stored value, validated: anything else (older format, tampering) reads as no selection. */
export function parseSelection(value: unknown): PanelSelection | undefined {
  const parsed = PanelSelectionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function loadSelection(area: SessionArea): Promise<PanelSelection | undefined> {
  const items = await area.get(SELECTION_KEY);
  return parseSelection(items[SELECTION_KEY]);
}
