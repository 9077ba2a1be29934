import type { SheetProblem } from './sheet';
import type { FollowUpImportPreview } from './sheet-data';
import type { HeldLine } from './person-screen';

/**
 * Messages between the « Suivi » page and the spreadsheet worker (same extension, typed not
 * validated). The worker reads, checks and compares the file, then writes it on request in one
 * transaction; the page only gets the preview.
 */
export type SheetWorkerRequest =
  | { type: 'parse'; fileName: string; buffer: ArrayBuffer }
  /** Write the pending file; `includeHeld`: also the lines held back for a person's data. */
  | { type: 'apply'; includeHeld: boolean }
  | { type: 'discard' };

/** read → check (caps, parse, person data) → compare (with what is stored) → store. */
export type SheetPhase = 'read' | 'check' | 'compare' | 'store';

/** At most this many problems and held lines travel to the page; the totals are given. */
export const SHEET_PREVIEW_LIST_LIMIT = 200;

export interface SheetPreview {
  fileName: string;
  /** What the lines that pass would add and replace. */
  preview: FollowUpImportPreview;
  problems: SheetProblem[];
  problemTotal: number;
  held: HeldLine[];
  heldTotal: number;
  /** Records there are to write: with and without the held lines. */
  toWrite: { partnerships: number; log: number };
  parseMs: number;
}

export type SheetWorkerResponse =
  | { type: 'progress'; phase: SheetPhase }
  | { type: 'preview'; preview: SheetPreview }
  | { type: 'refused'; fileName: string; error: string }
  | { type: 'done'; partnerships: number; log: number }
  | { type: 'error'; message: string };
