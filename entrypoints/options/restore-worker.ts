// Parses, validates and compares a backup off the page's thread, then writes it on request, so a
// backup with 100,000 notes never freezes the options page. The page only gets the preview.
import { RepereDB } from '../../lib/db';
import { applyRestore, parseBackup, previewRestore, type Backup } from '../../lib/backup';
import type { RestoreWorkerRequest, RestoreWorkerResponse } from '../../lib/backup/worker-protocol';

/** The worker's global scope (the DOM typings describe a window here). */
const scope = self as unknown as { postMessage(message: RestoreWorkerResponse): void; onmessage: ((event: MessageEvent<RestoreWorkerRequest>) => void) | null };
const post = (message: RestoreWorkerResponse) => scope.postMessage(message);
const db = new RepereDB(undefined, { cache: 'disabled' });
let pending: Backup | undefined;

async function parse(fileName: string, buffer: ArrayBuffer) {
  const started = performance.now();
  pending = undefined;
  post({ type: 'progress', phase: 'read' });
  const text = new TextDecoder().decode(buffer);
  post({ type: 'progress', phase: 'check' });
  const parsed = parseBackup(text);
  if (!parsed.backup) return post({ type: 'refused', fileName, error: parsed.error });
  post({ type: 'progress', phase: 'compare' });
  const preview = await previewRestore(db, parsed.backup);
  pending = parsed.backup;
  post({ type: 'preview', fileName, preview, parseMs: Math.round(performance.now() - started) });
}

async function apply() {
  if (!pending) throw new Error('Aucune restauration en attente');
  post({ type: 'progress', phase: 'store' });
  try {
    const settings = await applyRestore(db, pending);
    post({ type: 'done', settings });
  } finally {
    pending = undefined;
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  Promise.resolve()
    .then(() => {
      if (request.type === 'parse') return parse(request.fileName, request.buffer);
      if (request.type === 'apply') return apply();
      pending = undefined;
    })
    .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
