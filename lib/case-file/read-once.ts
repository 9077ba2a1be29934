/**
 * « Lire ce dossier » reads a tab once, although its site is not switched on. The background marks
 * the tab's top frame (in the extension's isolated world) just before injecting the reader, which
 * in Firefox checks its origin against the sites switched on otherwise (entrypoints/case-reader.ts).
 */
const READ_ONCE = 'repere.case-file.once';

/** Run in the top frame by scripting.executeScript, just before the reader is injected: self-contained. */
export function markReadOnce(): void {
  (globalThis as unknown as Record<symbol, boolean>)[Symbol.for('repere.case-file.once')] = true;
}

/** In the reader: whether this frame is being read once. */
export function markedReadOnce(): boolean {
  return (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(READ_ONCE)] === true;
}
