/**
 * One request at a time, and only the latest waits (issue 20): keys typed while the search
 * worker answers a query replace each other, so the worker ranks, and the page renders, the
 * query in the box rather than every letter on the way to it. Per search box.
 */
export function latestOnly(): (send: () => Promise<unknown>) => void {
  let busy = false;
  let waiting: (() => Promise<unknown>) | undefined;
  const run = (send: () => Promise<unknown>) => {
    busy = true;
    const next = () => {
      const queued = waiting;
      waiting = undefined;
      if (queued) run(queued);
      else busy = false;
    };
    send().then(next, next);
  };
  return (send) => {
    if (busy) waiting = send;
    else run(send);
  };
}
