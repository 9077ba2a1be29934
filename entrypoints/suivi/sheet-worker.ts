// Reads, checks and compares the team's « tableau de suivi » off the page's thread, then writes it
// on request in one transaction (all or nothing), so a large or hostile file never freezes the
// « Suivi » page. The page only gets the preview.
import { RepereDB } from '../../lib/db';
import { answerPreviewRequests } from '../../lib/worker-requests';
import { localDay } from '../../lib/partnership/dates';
import type { ParsedFollowUp } from '../../lib/partnership/sheet';
import { applyFollowUpImport, previewFollowUpImport } from '../../lib/partnership/sheet-data';
import { readFollowUpFile } from '../../lib/partnership/sheet-file';
import { personContexts, screenFollowUp } from '../../lib/partnership/person-screen';
import { SHEET_PREVIEW_LIST_LIMIT, type SheetWorkerRequest, type SheetWorkerResponse } from '../../lib/partnership/sheet-worker-protocol';

/** The worker's global scope (the DOM typings describe a window here). */
const scope = self as unknown as { postMessage(message: SheetWorkerResponse): void; onmessage: ((event: MessageEvent<SheetWorkerRequest>) => void) | null };
const post = (message: SheetWorkerResponse) => scope.postMessage(message);
const db = new RepereDB(undefined, { cache: 'disabled' });
let pending: { all: ParsedFollowUp; kept: ParsedFollowUp } | undefined;

async function parse(fileName: string, buffer: ArrayBuffer) {
  const started = performance.now();
  pending = undefined;
  post({ type: 'progress', phase: 'check' });
  const read = await readFollowUpFile(new Uint8Array(buffer), fileName);
  if (!read.parsed) return post({ type: 'refused', fileName, error: read.error ?? '' });
  const all = read.parsed;
  const contextOf = await personContexts(db, [...all.partnerships, ...all.log].map((r) => r.partnerId), Number(localDay(new Date()).slice(0, 4)));
  const screened = screenFollowUp(all, contextOf);
  const kept: ParsedFollowUp = { ...all, partnerships: screened.partnerships, log: screened.log };
  post({ type: 'progress', phase: 'compare' });
  const preview = await previewFollowUpImport(db, kept);
  pending = { all, kept };
  post({
    type: 'preview',
    preview: {
      fileName,
      preview,
      problems: all.problems.slice(0, SHEET_PREVIEW_LIST_LIMIT),
      problemTotal: all.problems.length,
      held: screened.held.slice(0, SHEET_PREVIEW_LIST_LIMIT),
      heldTotal: screened.held.length,
      toWrite: { partnerships: all.partnerships.length, log: all.log.length },
      parseMs: Math.round(performance.now() - started),
    },
  });
}

async function apply(includeHeld: boolean) {
  if (!pending) throw new Error('Aucun import en attente');
  post({ type: 'progress', phase: 'store' });
  try {
    const parsed = includeHeld ? pending.all : pending.kept;
    await applyFollowUpImport(db, parsed);
    post({ type: 'done', partnerships: parsed.partnerships.length, log: parsed.log.length });
  } finally {
    pending = undefined;
  }
}

answerPreviewRequests(scope, { parse, apply, cancel: () => (pending = undefined) }, (message) => post({ type: 'error', message }));
