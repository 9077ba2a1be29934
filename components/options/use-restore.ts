import { useEffect, useRef, useState } from 'preact/hooks';
import { backupTooBig, MAX_BACKUP_BYTES, type RestorePreview } from '../../lib/backup';
import type { HeldLine } from '../../lib/partnership/person-screen';
import type { RestorePhase, RestoreWorkerRequest, RestoreWorkerResponse } from '../../lib/backup/worker-protocol';
import type { Settings } from '../../lib/schema';

export type RestoreWorkerFactory = () => Worker;

export type RestoreState =
  | { kind: 'idle' }
  | { kind: 'working'; phase: RestorePhase }
  | { kind: 'preview'; fileName: string; preview: RestorePreview; held: HeldLine[]; heldTotal: number }
  | { kind: 'refused'; fileName: string; error: string }
  | { kind: 'done'; settings?: Settings }
  | { kind: 'error'; message: string };

/** Drives the restore worker: the page sends the file's bytes and shows progress and the preview. */
export function useRestore(createWorker: RestoreWorkerFactory) {
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);

  function onMessage(event: MessageEvent<RestoreWorkerResponse>) {
    const message = event.data;
    if (message.type === 'progress') setState({ kind: 'working', phase: message.phase });
    else if (message.type === 'preview') setState({ kind: 'preview', fileName: message.fileName, preview: message.preview, held: message.held, heldTotal: message.heldTotal });
    else if (message.type === 'refused') setState({ kind: 'refused', fileName: message.fileName, error: message.error });
    else if (message.type === 'done') setState({ kind: 'done', settings: message.settings });
    else setState({ kind: 'error', message: message.message });
  }

  function ready(): Worker {
    if (!worker.current) {
      worker.current = createWorker();
      worker.current.onmessage = onMessage;
      worker.current.onerror = (event) => setState({ kind: 'error', message: event.message || 'erreur inattendue' });
    }
    return worker.current;
  }

  useEffect(() => () => worker.current?.terminate(), []);

  const send = (request: RestoreWorkerRequest, transfer: Transferable[] = []) => ready().postMessage(request, transfer);

  return {
    state,
    async choose(file: File) {
      // A file far over any backup's size is refused from its size: reading 1 GB would freeze and fail.
      if (file.size > MAX_BACKUP_BYTES) return setState({ kind: 'refused', fileName: file.name, error: backupTooBig(file.size) });
      setState({ kind: 'working', phase: 'read' });
      const buffer = await file.arrayBuffer();
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
