import { useEffect, useState } from 'preact/hooks';
import { afterFirstResults } from '../first-results';

export type ReferenceParts = typeof import('./reference-parts');

let loading: Promise<ReferenceParts | undefined> | undefined;
let loaded: ReferenceParts | undefined;

type Deadline = { timeRemaining(): number; didTimeout: boolean };
type IdleGlobal = { requestIdleCallback?: (run: (deadline: Deadline) => void, options?: { timeout: number }) => number };

/** The steps of the reference's name index still to run; undefined once built. */
let steps: Iterator<void> | undefined;
let built: () => void = () => undefined;

/** Runs the steps left in idle time, as many per idle slice as it leaves room for (at least one). */
function runWhenIdle(): void {
  const idle = (globalThis as IdleGlobal).requestIdleCallback;
  const later = () => (idle ? idle(turn, { timeout: 500 }) : setTimeout(turn));
  const turn = (deadline?: Deadline) => {
    do {
      if (!steps || steps.next().done) return built();
    } while (deadline && !deadline.didTimeout && deadline.timeRemaining() > 4);
    later();
  };
  later();
}

/**
 * Loads the reference's chunk (data, Fuse.js, entry view) once, then builds its name index a few
 * entries per idle slice (short tasks rather than one long one, issue 20), and answers once it
 * is built: a query typed at opening gets its « Qui porte quoi ? » line then, not by building
 * the whole index in one task.
 */
export function loadReference(): Promise<ReferenceParts | undefined> {
  loading ??= import('./reference-parts').then(
    (parts) =>
      new Promise<ReferenceParts>((resolve) => {
        steps = parts.prepareReferenceSearchSteps();
        built = () => {
          steps = undefined;
          resolve((loaded = parts));
        };
        runWhenIdle();
      }),
    () => undefined,
  );
  return loading;
}

/** The reference at once (Enter on a question): what the idle slices have not built yet is built now. */
export function loadReferenceNow(): Promise<ReferenceParts | undefined> {
  const ready = loadReference();
  void import('./reference-parts').then(() => {
    while (steps && !steps.next().done);
    if (steps) built();
  });
  return ready;
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
