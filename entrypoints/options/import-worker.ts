// Parses, validates and stores an imported directory off the page's thread, so that a
// 100,000-structure file never freezes the options page. The page only gets a preview.
import { RepereDB } from '../../lib/db';
import { parseDirectoryFiles, summarizeImport, type ImportResult } from '../../lib/import';
import { commitImport } from '../../lib/import/commit';
import { sortProblems } from '../../lib/import/report';
import { fileSourceId, PREVIEW_PROBLEM_LIMIT, type ImportWorkerRequest, type ImportWorkerResponse } from '../../lib/import/worker-protocol';

/** The worker's global scope (the DOM typings describe a window here). */
const scope = self as unknown as { postMessage(message: ImportWorkerResponse): void; onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null };
const post = (message: ImportWorkerResponse) => scope.postMessage(message);
let pending: ImportResult | undefined;
// Opened when the worker starts (the page starts it ahead of time), so a confirmed import
// writes at once. This instance only writes: Dexie's query cache would copy rows for nothing.
const db = new RepereDB(undefined, { cache: 'disabled' });
void db.open().catch(() => undefined);

async function parse(files: File[]) {
  const started = performance.now();
  post({ type: 'progress', phase: 'read' });
  // Read here, not on the page: a 100,000-line file's bytes would grow the page's heap and make
  // its garbage collector pause the page.
  const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = parseDirectoryFiles(
    read,
    { onProgress: (fraction) => post({ type: 'progress', phase: 'check', fraction }) },
  );
  pending = result;
  const fileNames = files.map((f) => f.name);
  post({
    type: 'preview',
    preview: {
      fileNames,
      sourceId: fileSourceId(fileNames),
      label: fileNames.join(' + '),
      format: result.format,
      encoding: result.encoding,
      delimiter: result.delimiter,
      summary: summarizeImport(result),
      problems: sortProblems(result.problems).slice(0, PREVIEW_PROBLEM_LIMIT),
      problemTotal: result.problems.length,
      sample: result.partners.slice(0, 5).map((p) => ({ id: p.id, nom: p.nom, commune: p.commune })),
      parseMs: Math.round(performance.now() - started),
    },
  });
}

async function commit(sourceId: string, label: string) {
  if (!pending) throw new Error('Aucun import en attente');
  const started = performance.now();
  post({ type: 'progress', phase: 'store' });
  try {
    const source = await commitImport(db, { id: sourceId, kind: 'file', label, priority: 0, problemCount: summarizeImport(pending).rejected + summarizeImport(pending).corrected }, pending, {
      onProgress: (fraction) => post({ type: 'progress', phase: 'store', fraction }),
    });
    post({ type: 'done', partnerCount: source.partnerCount, storeMs: Math.round(performance.now() - started) });
  } finally {
    pending = undefined;
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  Promise.resolve()
    .then(() => {
      if (request.type === 'parse') return parse(request.files);
      if (request.type === 'commit') return commit(request.sourceId, request.label);
      pending = undefined;
    })
    .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
