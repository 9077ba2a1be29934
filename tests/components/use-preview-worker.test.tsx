// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreviewWorker, type PreviewWorkerOptions } from '../../components/use-preview-worker';
import type { SheetWorkerResponse } from '../../lib/partnership/sheet-worker-protocol';

// The one hook behind the restore and the follow-up import (they were twins): worker started on
// the first file, progress, preview, write, cancel, errors, timeout, and stopped with the page.
type Hook = ReturnType<typeof usePreviewWorker<SheetWorkerResponse>>;

function fakeWorker() {
  const worker = { posted: [] as unknown[], transferred: [] as unknown[], postMessage: vi.fn(), terminate: vi.fn(), onmessage: null as ((e: MessageEvent) => void) | null, onerror: null as ((e: ErrorEvent) => void) | null };
  worker.postMessage.mockImplementation((message: unknown, transfer: unknown[] = []) => {
    worker.posted.push(message);
    worker.transferred.push(...transfer);
  });
  return worker;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

async function mount(options: Partial<PreviewWorkerOptions> = {}) {
  const worker = fakeWorker();
  const createWorker = vi.fn(() => worker as unknown as Worker);
  const hook = { current: undefined as unknown as Hook };
  function Probe() {
    hook.current = usePreviewWorker<SheetWorkerResponse>(createWorker, { maxBytes: 100, tooBig: (bytes) => `${bytes} octets`, ...options });
    return null;
  }
  await act(() => render(<Probe />, root));
  const answer = (data: SheetWorkerResponse) => act(() => worker.onmessage!({ data } as MessageEvent));
  return { worker, createWorker, hook, answer };
}

const file = (name: string, text: string) => new File([text], name);

describe('usePreviewWorker', () => {
  it('refuses a file over the cap from its size: no worker', async () => {
    const { hook, createWorker } = await mount();
    await act(() => hook.current.choose(file('gros.csv', 'x'.repeat(101))));
    expect(hook.current.state).toEqual({ kind: 'refused', fileName: 'gros.csv', error: '101 octets' });
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('hands the bytes over, shows progress and the preview, writes on apply, forgets on discard', async () => {
    const { hook, worker, answer } = await mount();
    await act(() => hook.current.choose(file('suivi.csv', 'a;b')));
    expect(worker.posted[0]).toMatchObject({ type: 'parse', fileName: 'suivi.csv' });
    expect(worker.transferred).toHaveLength(1);
    expect(hook.current.state).toEqual({ kind: 'working', phase: 'read' });
    await answer({ type: 'progress', phase: 'compare' });
    expect(hook.current.state).toEqual({ kind: 'working', phase: 'compare' });
    const preview = { fileName: 'suivi.csv' } as never;
    await answer({ type: 'preview', preview });
    expect(hook.current.state).toEqual({ kind: 'preview', preview });
    await act(() => hook.current.apply(true));
    expect(worker.posted.at(-1)).toEqual({ type: 'apply', includeHeld: true });
    await answer({ type: 'done', partnerships: 2, log: 5 });
    expect(hook.current.state).toEqual({ kind: 'done', partnerships: 2, log: 5 });
    await act(() => hook.current.discard());
    expect(worker.posted.at(-1)).toEqual({ type: 'discard' });
    expect(hook.current.state).toEqual({ kind: 'idle' });
  });

  it('says the worker’s failures: an error message, an uncaught error', async () => {
    const { hook, worker, answer } = await mount();
    await act(() => hook.current.choose(file('suivi.csv', 'a')));
    await answer({ type: 'error', message: 'disque plein' });
    expect(hook.current.state).toEqual({ kind: 'error', message: 'disque plein' });
    await act(() => worker.onerror!({ message: '' } as ErrorEvent));
    expect(hook.current.state).toEqual({ kind: 'error', message: 'erreur inattendue' });
  });

  it('gives up a file the worker does not answer in time, stopping the worker; a later file starts a new one', async () => {
    const { hook, worker, createWorker } = await mount({ timeoutMs: 1000 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await act(() => hook.current.choose(file('suivi.csv', 'a')));
    await act(() => void vi.advanceTimersByTime(999));
    expect(hook.current.state).toEqual({ kind: 'working', phase: 'read' });
    await act(() => void vi.advanceTimersByTime(1));
    expect(hook.current.state).toEqual({ kind: 'timeout' });
    expect(worker.terminate).toHaveBeenCalled();
    vi.useRealTimers();
    await act(() => hook.current.choose(file('suivi.csv', 'a')));
    expect(createWorker).toHaveBeenCalledTimes(2);
  });

  it('stops the worker with the page', async () => {
    const { hook, worker } = await mount();
    await act(() => hook.current.choose(file('suivi.csv', 'a')));
    await act(() => render(null, root));
    expect(worker.terminate).toHaveBeenCalled();
  });
});
