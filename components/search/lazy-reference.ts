import { useEffect, useState } from 'preact/hooks';
import { afterFirstResults } from '../first-results';

export type ReferenceParts = typeof import('./reference-parts');

let loading: Promise<ReferenceParts | undefined> | undefined;
let loaded: ReferenceParts | undefined;

type Deadline = { timeRemaining(): number; didTimeout: boolean };
type IdleGlobal = { requestIdleCallback?: (run: (deadline: Deadline) => void, options?: { timeout: number }) => number };

/** Runs `steps` in idle time, as many per idle slice as it leaves room for (at least one). */
function runWhenIdle(steps: Iterator<void>): void {
  const idle = (globalThis as IdleGlobal).requestIdleCallback;
  const turn = (deadline?: Deadline) => {
    do {
      if (steps.next().done) return;
    } while (deadline && !deadline.didTimeout && deadline.timeRemaining() > 4);
    if (idle) idle(turn, { timeout: 500 });
    else setTimeout(turn);
  };
  if (idle) idle(turn, { timeout: 500 });
  else setTimeout(turn);
}

/**
 * Loads the reference's chunk (data, Fuse.js, entry view) once, then builds its Fuse index a few
 * entries per idle slice (short tasks rather than one long one); a query asked before that builds it.
 */
export function loadReference(): Promise<ReferenceParts | undefined> {
  loading ??= import('./reference-parts').then(
    (parts) => {
      runWhenIdle(parts.prepareReferenceSearchSteps());
      return (loaded = parts);
    },
    () => undefined,
  );
  return loading;
}

/** The reference's code if it has arrived, without waiting. */
export function referenceParts(): ReferenceParts | undefined {
  return loaded;
}

/**
 * The reference's code once loaded: asked for when `wanted` turns true (a query typed, an entry
 * opened), and not before the page's first results: a query typed as the popup opens gets its
 * partner rows first, the reference's chunks (~130 KB to compile) join after them.
 */
export function useReferenceParts(wanted: boolean): ReferenceParts | undefined {
  const [parts, setParts] = useState(loaded);
  useEffect(() => {
    if (parts || !wanted) return;
    let live = true;
    afterFirstResults(() => void loadReference().then((ready) => live && ready && setParts(() => ready)));
    return () => {
      live = false;
    };
  }, [wanted, parts]);
  return parts;
}
