import type { ImportProblem } from '../schema';
import type { ImportSummary } from './report';

/** Messages between the options page and the import worker (same extension, typed not validated). */
export type ImportWorkerRequest =
  /** The chosen files themselves: the worker reads them, so their bytes never sit on the page's heap. */
  | { type: 'parse'; files: File[] }
  | { type: 'commit'; sourceId: string; label: string }
  /** Forget the parsed file (the counsellor cancelled). */
  | { type: 'discard' };

export interface ImportPreviewData {
  fileNames: string[];
  sourceId: string;
  label: string;
  format: string;
  encoding?: string;
  delimiter?: string;
  summary: ImportSummary;
  /** The first problems in file order (a 100,000-line file may have more than a page can show). */
  problems: ImportProblem[];
  problemTotal: number;
  /** A few partners as they will appear. */
  sample: Array<{ id: string; nom: string; commune: string | null }>;
  parseMs: number;
}

export type ImportWorkerResponse =
  | { type: 'progress'; phase: 'read' | 'check' | 'store'; fraction?: number }
  | { type: 'preview'; preview: ImportPreviewData }
  | { type: 'done'; partnerCount: number; storeMs: number }
  | { type: 'error'; message: string };

export const PREVIEW_PROBLEM_LIMIT = 500;

/** One source per file name: importing "annuaire.csv" again replaces what it brought last time. */
export function fileSourceId(fileNames: readonly string[]): string {
  const base = (fileNames[0] ?? 'import').replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `file:${slug || 'import'}`;
}
