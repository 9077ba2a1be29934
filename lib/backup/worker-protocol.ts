import type { Settings } from '../schema';
import type { RestorePreview } from './restore';

/**
 * Messages between the options page and the restore worker (same extension, typed not
 * validated). The worker runs lib/backup's own parseBackup / previewRestore / applyRestore, so a
 * new backup format needs no change here; the page never holds the backup itself.
 */
export type RestoreWorkerRequest =
  | { type: 'parse'; fileName: string; buffer: ArrayBuffer }
  | { type: 'apply' }
  /** Forget the parsed backup (the counsellor cancelled). */
  | { type: 'discard' };

/** read → check (parse and validate) → compare (with what is stored) → store. */
export type RestorePhase = 'read' | 'check' | 'compare' | 'store';

export type RestoreWorkerResponse =
  | { type: 'progress'; phase: RestorePhase }
  | { type: 'preview'; fileName: string; preview: RestorePreview; parseMs: number }
  | { type: 'refused'; fileName: string; error: string }
  | { type: 'done'; settings?: Settings }
  | { type: 'error'; message: string };
