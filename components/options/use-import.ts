import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ImportPreviewData, ImportWorkerRequest, ImportWorkerResponse } from '../../lib/import/worker-protocol';

export type ImportState =
  | { step: 'idle' }
  | { step: 'working'; phase: 'read' | 'check' | 'store'; fraction?: number }
  | { step: 'preview'; preview: ImportPreviewData }
  | { step: 'done'; partnerCount: number; label: string; storeMs: number }
  | { step: 'error'; message: string };

/** Starts the worker that does the heavy lifting; the page passes it in (tests can pass a fake). */
export type WorkerFactory = () => Worker;

/**
 * File import as a small state machine: read the files, let the worker parse and validate them,
 * show the preview, then store on confirmation or drop everything on cancel.
 */
export function useImport(createWorker: WorkerFactory) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const worker = useRef<Worker | null>(null);
  const label = useRef('');

  function onMessage(event: MessageEvent<ImportWorkerResponse>) {
    const message = event.data;
    if (message.type === 'progress') setState({ step: 'working', phase: message.phase, fraction: message.fraction });
    else if (message.type === 'preview') {
      label.current = message.preview.label;
      setState({ step: 'preview', preview: message.preview });
    } else if (message.type === 'done') setState({ step: 'done', partnerCount: message.partnerCount, label: label.current, storeMs: message.storeMs });
    else setState({ step: 'error', message: message.message });
  }

  /** The worker is started ahead of time: loading its code must not delay the preview. */
  function ready(): Worker {
    if (!worker.current) {
      const created = createWorker();
      created.onmessage = onMessage;
      created.onerror = (event) => {
        created.terminate();
        worker.current = null;
        setState({ step: 'error', message: event.message || t('importUnexpectedError') });
      };
      worker.current = created;
    }
    return worker.current;
  }

  useEffect(() => {
    ready();
    return () => {
      worker.current?.terminate();
      worker.current = null;
    };
  }, []);

  function send(request: ImportWorkerRequest) {
    ready().postMessage(request);
  }

  /** The files go to the worker as they are (a File is passed by reference): it reads them itself. */
  function start(files: File[]) {
    if (files.length === 0) return;
    setState({ step: 'working', phase: 'read' });
    send({ type: 'parse', files });
  }

  function confirm(sourceId: string, sourceLabel: string) {
    label.current = sourceLabel;
    setState({ step: 'working', phase: 'store' });
    send({ type: 'commit', sourceId, label: sourceLabel });
  }

  function cancel() {
    send({ type: 'discard' });
    setState({ step: 'idle' });
  }

  return { state, start, confirm, cancel };
}
