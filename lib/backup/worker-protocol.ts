import type { Settings } from '../schema';
import type { RestorePreview } from './restore';
import type { HeldLine } from '../partnership/person-screen';

/**
 * Messages between the options page and the restore worker (same extension, typed not
 * validated). The worker runs lib/backup's own parseBackup / previewRestore / applyRestore, so a
 * new backup format needs no change here; the page never holds the backup itself.
 */
export type RestoreWorkerRequest =
  | { type: 'parse'; fileName: string; buffer: ArrayBuffer }
  /** `includeHeld`: also the follow-up items held back for a person's data. */
  | { type: 'apply'; includeHeld: boolean }
  /** Forget the parsed backup (the counsellor cancelled). */
  | { type: 'discard' };

/** read → check (parse and validate) → compare (with what is stored) → store. */
export type RestorePhase = 'read' | 'check' | 'compare' | 'store';

export type RestoreWorkerResponse =
  | { type: 'progress'; phase: RestorePhase }
  /** `held`: follow-up items held back for a person's data (at most HELD_LIST_LIMIT), `heldTotal` all of them. */
  | { type: 'preview'; fileName: string; preview: RestorePreview; held: HeldLine[]; heldTotal: number; parseMs: number }
  | { type: 'refused'; fileName: string; error: string }
  | { type: 'done'; settings?: Settings }
  | { type: 'error'; message: string };

/** At most this many held-back items travel to the page; the total is given. */
export const HELD_LIST_LIMIT = 200;
