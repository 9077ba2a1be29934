// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DbContext } from '../../components/db-context';
import { ImportSection } from '../../components/options/ImportSection';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../lib/import/worker-protocol';
import { useDbAndRoot, waitUntil } from '../support/component-db';

const env = useDbAndRoot();

/** A worker that records what the page sends it and answers as the import worker would. */
function fakeWorker() {
  const sent: ImportWorkerRequest[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<ImportWorkerResponse>) => void) | null,
    onerror: null,
    postMessage: vi.fn((message: ImportWorkerRequest) => sent.push(message)),
    terminate: vi.fn(),
  };
  const answer = (data: ImportWorkerResponse) => worker.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
  return { worker, sent, answer };
}

describe('ImportSection (issue 20: import without jank)', () => {
  it('hands the chosen file to the worker as it is: the page never reads its bytes', async () => {
    const { worker, sent, answer } = fakeWorker();
    render(
      <DbContext.Provider value={env.db}>
        <ImportSection createWorker={() => worker as unknown as Worker} />
      </DbContext.Provider>,
      env.root,
    );
    const file = new File(['Nom;Commune\r\nMission locale;Sète\r\n'], 'annuaire.csv', { type: 'text/csv' });
    const read = vi.spyOn(file, 'arrayBuffer');
    const input = env.root.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', { configurable: true, get: () => [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));

    await waitUntil(() => sent.length === 1);
    expect(sent[0]).toEqual({ type: 'parse', files: [file] });
    expect(sent[0].type === 'parse' && sent[0].files[0]).toBe(file);
    expect(read).not.toHaveBeenCalled();
    expect(env.root.querySelector('[role="status"]')?.textContent).toContain('Lecture du fichier');

    // The worker's progress shows, and the file field waits for the import to end.
    answer({ type: 'progress', phase: 'check', fraction: 0.5 });
    await waitUntil(() => env.root.querySelector<HTMLProgressElement>('#import-progress')?.value === 0.5);
    expect(input.disabled).toBe(true);
    expect(env.root.querySelector('#csv-help')).not.toBeNull();
  });
});
