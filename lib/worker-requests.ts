/** A request as its client hands it over, before numbering it: each kind of request without its `id`. */
export type WithoutId<Request> = Request extends unknown ? Omit<Request, 'id'> : never;

/**
 * Answers a preview-then-write worker's requests: parse a file into a preview, write what was
 * previewed (with the held-back lines or without), or forget it. A failure goes back to the page
 * as an `error` message, never as an uncaught error in the worker.
 */
export function answerPreviewRequests<Request extends { type: string }>(
  scope: { onmessage: ((event: MessageEvent<Request>) => void) | null },
  handlers: { parse(fileName: string, buffer: ArrayBuffer): unknown; apply(includeHeld: boolean): unknown; cancel(): void },
  postError: (message: string) => void,
): void {
  scope.onmessage = (event) => {
    // 'parse' and 'apply' carry what their handlers need (each worker's protocol types them); any other request forgets.
    const request = event.data as unknown as { type: string; fileName: string; buffer: ArrayBuffer; includeHeld: boolean };
    Promise.resolve()
      .then(() => {
        if (request.type === 'parse') return handlers.parse(request.fileName, request.buffer);
        if (request.type === 'apply') return handlers.apply(request.includeHeld);
        handlers.cancel();
      })
      .catch((error: unknown) => postError(error instanceof Error ? error.message : String(error)));
  };
}
