import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/**
 * What a preview-then-write worker answers (the restore's lib/backup/worker-protocol.ts, the
 * follow-up import's lib/partnership/sheet-worker-protocol.ts): progress by phase, then a preview
 * or a refusal; after `apply`, done; any failure as an error. The worker side is
 * lib/worker-requests.ts.
 */
export type PreviewWorkerResponse =
  | { type: 'progress'; phase: string }
  | { type: 'preview' }
  | { type: 'refused'; fileName: string; error: string }
  | { type: 'done' }
  | { type: 'error'; message: string };

type Message<R, T extends string> = Extract<R, { type: T }>;
type Fields<M> = Omit<M, 'type'>;

/** The page's view of the worker: each answer's fields under its kind (`working` for progress). */
export type PreviewWorkerState<R extends PreviewWorkerResponse> =
  | { kind: 'idle' }
  | { kind: 'working'; phase: Message<R, 'progress'>['phase'] }
  | ({ kind: 'preview' } & Fields<Message<R, 'preview'>>)
  | { kind: 'refused'; fileName: string; error: string }
  | ({ kind: 'done' } & Fields<Message<R, 'done'>>)
  | { kind: 'timeout' }
  | { kind: 'error'; message: string };

export type WorkerFactory = () => Worker;

export interface PreviewWorkerOptions {
  /** Over this size a file is refused from its size alone: never read (reading 1 GB would freeze). */
  maxBytes: number;
  /** The French refusal of such a file. */
  tooBig(bytes: number): string;
  /** A file the worker has not answered for after this long is given up and the worker stopped; none: wait. */
  timeoutMs?: number;
}

/**
 * Drives a preview-then-write worker from a page, in one place: the worker started on the first
 * file and stopped with the page (or on timeout), the file's bytes handed over (transferred, not
 * copied), progress, the preview, writing (`apply`), cancelling (`discard`) and errors.
 */
export function usePreviewWorker<R extends PreviewWorkerResponse>(createWorker: WorkerFactory, options: PreviewWorkerOptions) {
  const [state, setState] = useState<PreviewWorkerState<R>>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  const watchdog = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopWatchdog = () => clearTimeout(watchdog.current);

  function onMessage(event: MessageEvent<R>) {
    const { type, ...fields } = event.data as PreviewWorkerResponse;
    if (type !== 'progress') stopWatchdog();
    if (type === 'progress') setState({ kind: 'working', phase: (fields as { phase: string }).phase } as PreviewWorkerState<R>);
    else if (type === 'preview' || type === 'refused' || type === 'done' || type === 'error') setState({ kind: type, ...fields } as PreviewWorkerState<R>);
    else setState({ kind: 'error', message: t('workerUnexpectedAnswer', String(type)) });
  }

  function ready(): Worker {
    if (!worker.current) {
      worker.current = createWorker();
      worker.current.onmessage = onMessage;
      worker.current.onerror = (event) => {
        stopWatchdog();
        setState({ kind: 'error', message: event.message || t('workerUnexpectedError') });
      };
    }
    return worker.current;
  }

  useEffect(() => () => {
    stopWatchdog();
    worker.current?.terminate();
  }, []);

  type Request = { type: 'parse'; fileName: string; buffer: ArrayBuffer } | { type: 'apply'; includeHeld: boolean } | { type: 'discard' };
  const send = (request: Request, transfer: Transferable[] = []) => ready().postMessage(request, transfer);

  return {
    state,
    async choose(file: File) {
      if (file.size > options.maxBytes) return setState({ kind: 'refused', fileName: file.name, error: options.tooBig(file.size) });
      setState({ kind: 'working', phase: 'read' } as PreviewWorkerState<R>);
      const buffer = await file.arrayBuffer();
      stopWatchdog();
      if (options.timeoutMs !== undefined) {
        watchdog.current = setTimeout(() => {
          worker.current?.terminate();
          worker.current = null;
          setState({ kind: 'timeout' });
        }, options.timeoutMs);
      }
      send({ type: 'parse', fileName: file.name, buffer }, [buffer]);
    },
    /** Write what was previewed; `includeHeld`: also the lines held back for a person's data. */
    apply: (includeHeld: boolean) => send({ type: 'apply', includeHeld }),
    /** The counsellor cancelled: the worker forgets the file. */
    discard() {
      send({ type: 'discard' });
      setState({ kind: 'idle' });
    },
    reset: () => setState({ kind: 'idle' }),
  };
}
