// Parses, validates and compares a backup off the page's thread, then writes it on request, so a
// backup with 100,000 notes never freezes the options page. The page only gets the preview.
import { RepereDB } from '../../lib/db';
import { answerPreviewRequests } from '../../lib/worker-requests';
import { applyRestore, parseBackup, previewRestore, type Backup } from '../../lib/backup';
import { HELD_LIST_LIMIT, type RestoreWorkerRequest, type RestoreWorkerResponse } from '../../lib/backup/worker-protocol';
import { personContexts, screenFollowUp } from '../../lib/partnership/person-screen';

/** The worker's global scope (the DOM typings describe a window here). */
const scope = self as unknown as { postMessage(message: RestoreWorkerResponse): void; onmessage: ((event: MessageEvent<RestoreWorkerRequest>) => void) | null };
const post = (message: RestoreWorkerResponse) => scope.postMessage(message);
const db = new RepereDB(undefined, { cache: 'disabled' });
let pending: { all: Backup; kept: Backup } | undefined;

async function parse(fileName: string, buffer: ArrayBuffer) {
  const started = performance.now();
  pending = undefined;
  post({ type: 'progress', phase: 'read' });
  const text = new TextDecoder().decode(buffer);
  post({ type: 'progress', phase: 'check' });
  const parsed = parseBackup(text);
  if (!parsed.backup) return post({ type: 'refused', fileName, error: parsed.error });
  const all = parsed.backup;
  // The follow-up's free text goes through the same person-data check as the card's form.
  const contextOf = await personContexts(db, [...all.partnerships, ...all.contactLog].map((r) => r.partnerId), new Date().getFullYear(), {
    partners: all.ownPartners,
    contacts: all.contacts,
  });
  const screened = screenFollowUp({ partnerships: all.partnerships, log: all.contactLog }, contextOf);
  const kept: Backup = { ...all, partnerships: screened.partnerships, contactLog: screened.log };
  post({ type: 'progress', phase: 'compare' });
  const preview = await previewRestore(db, kept);
  pending = { all, kept };
  post({ type: 'preview', fileName, preview, held: screened.held.slice(0, HELD_LIST_LIMIT), heldTotal: screened.held.length, parseMs: Math.round(performance.now() - started) });
}

async function apply(includeHeld: boolean) {
  if (!pending) throw new Error('Aucune restauration en attente');
  post({ type: 'progress', phase: 'store' });
  try {
    const settings = await applyRestore(db, includeHeld ? pending.all : pending.kept);
    post({ type: 'done', settings });
  } finally {
    pending = undefined;
  }
}

answerPreviewRequests(scope, { parse, apply, cancel: () => (pending = undefined) }, (message) => post({ type: 'error', message }));
