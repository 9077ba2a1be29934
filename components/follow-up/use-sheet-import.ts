import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_SHEET_FILE_BYTES, sheetTooBig } from '../../lib/partnership/sheet-limits';
import type { SheetPhase, SheetPreview, SheetWorkerRequest, SheetWorkerResponse } from '../../lib/partnership/sheet-worker-protocol';

export type SheetWorkerFactory = () => Worker;

export type SheetImportState =
  | { kind: 'idle' }
  | { kind: 'working'; phase: SheetPhase }
  | { kind: 'preview'; preview: SheetPreview }
  | { kind: 'refused'; fileName: string; error: string }
  | { kind: 'done'; partnerships: number; log: number }
  | { kind: 'timeout' }
  | { kind: 'error'; message: string };

/** A file the worker has not answered for after this long is given up: the worker is stopped. */
export const SHEET_WORKER_TIMEOUT_MS = 60_000;

/**
 * Drives the spreadsheet worker: a file over the size cap is refused from its size alone (never
 * read); otherwise its bytes go to the worker, which answers with progress and the preview.
 */
export function useSheetImport(createWorker: SheetWorkerFactory) {
  const [state, setState] = useState<SheetImportState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  const watchdog = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stopWatchdog = () => clearTimeout(watchdog.current);
  function onMessage(event: MessageEvent<SheetWorkerResponse>) {
    const message = event.data;
    if (message.type !== 'progress') stopWatchdog();
    if (message.type === 'progress') setState({ kind: 'working', phase: message.phase });
    else if (message.type === 'preview') setState({ kind: 'preview', preview: message.preview });
    else if (message.type === 'refused') setState({ kind: 'refused', fileName: message.fileName, error: message.error });
    else if (message.type === 'done') setState({ kind: 'done', partnerships: message.partnerships, log: message.log });
    else setState({ kind: 'error', message: message.message });
  }

  function ready(): Worker {
    if (!worker.current) {
      worker.current = createWorker();
      worker.current.onmessage = onMessage;
      worker.current.onerror = (event) => {
        stopWatchdog();
        setState({ kind: 'error', message: event.message || 'erreur inattendue' });
      };
    }
    return worker.current;
  }

  useEffect(() => () => {
    stopWatchdog();
    worker.current?.terminate();
  }, []);

  const send = (request: SheetWorkerRequest, transfer: Transferable[] = []) => ready().postMessage(request, transfer);

  return {
    state,
    async choose(file: File) {
      if (file.size > MAX_SHEET_FILE_BYTES) return setState({ kind: 'refused', fileName: file.name, error: sheetTooBig(file.size) });
      setState({ kind: 'working', phase: 'read' });
      const buffer = await file.arrayBuffer();
      stopWatchdog();
      watchdog.current = setTimeout(() => {
        worker.current?.terminate();
        worker.current = null;
        setState({ kind: 'timeout' });
      }, SHEET_WORKER_TIMEOUT_MS);
      send({ type: 'parse', fileName: file.name, buffer }, [buffer]);
    },
    apply: (includeHeld: boolean) => send({ type: 'apply', includeHeld }),
    discard() {
      send({ type: 'discard' });
      setState({ kind: 'idle' });
    },
    reset: () => setState({ kind: 'idle' }),
  };
}
