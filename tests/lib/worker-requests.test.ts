import { describe, expect, it, vi } from 'vitest';
import { answerPreviewRequests } from '../../lib/worker-requests';

type Request = { type: 'parse'; fileName: string; buffer: ArrayBuffer } | { type: 'apply'; includeHeld: boolean } | { type: 'discard' };

function worker(handlers: { parse?: () => unknown; apply?: () => unknown } = {}) {
  const scope: { onmessage: ((event: MessageEvent<Request>) => void) | null } = { onmessage: null };
  const calls = { parse: vi.fn(handlers.parse), apply: vi.fn(handlers.apply), cancel: vi.fn() };
  const errors: string[] = [];
  answerPreviewRequests(scope, calls, (message) => errors.push(message));
  const send = (data: Request) => scope.onmessage!({ data } as MessageEvent<Request>);
  return { calls, errors, send };
}

describe('answerPreviewRequests (the restore and follow-up import workers)', () => {
  it('parses a file, writes with or without the held lines, and forgets on any other request', async () => {
    const { calls, send } = worker();
    const buffer = new ArrayBuffer(2);
    send({ type: 'parse', fileName: 'suivi.csv', buffer });
    send({ type: 'apply', includeHeld: true });
    send({ type: 'discard' });
    await vi.waitFor(() => expect(calls.cancel).toHaveBeenCalledTimes(1));
    expect(calls.parse).toHaveBeenCalledWith('suivi.csv', buffer);
    expect(calls.apply).toHaveBeenCalledWith(true);
  });

  it('sends a failure back as a message instead of throwing in the worker', async () => {
    const { errors, send } = worker({
      apply: () => {
        throw new Error('Aucun import en attente');
      },
      parse: () => Promise.reject('illisible'),
    });
    send({ type: 'apply', includeHeld: false });
    send({ type: 'parse', fileName: 'x.csv', buffer: new ArrayBuffer(0) });
    await vi.waitFor(() => expect(errors).toEqual(['Aucun import en attente', 'illisible']));
  });
});
