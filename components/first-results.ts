import { useEffect, useState } from 'preact/hooks';

/**
 * The moment a page's first results (or its favourites) are on screen. What the first render does
 * not need — the « Pour ce dossier » panel, the card, the reference, the follow-up count — loads
 * after it, in idle time, so it never competes with the first rows for the main thread.
 */
let shown: () => void = () => undefined;
const firstShown = new Promise<void>((resolve) => (shown = resolve));

/** Longest wait for the first results before the rest loads anyway (no directory, an error). */
const FALLBACK_MS = 600;

export function markFirstResults(): void {
  shown();
}

type IdleGlobal = { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number };

/** Runs `run` in idle time once the first results are shown (or after FALLBACK_MS). */
export function afterFirstResults(run: () => void): void {
  const idle = (globalThis as IdleGlobal).requestIdleCallback;
  void Promise.race([firstShown, new Promise((resolve) => setTimeout(resolve, FALLBACK_MS))]).then(() =>
    idle ? idle(run, { timeout: 200 }) : setTimeout(run),
  );
}

/** False until afterFirstResults would run: what may wait for the first rows (Dexie's live queries) starts then. */
export function useAfterFirstResults(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let live = true;
    afterFirstResults(() => live && setAfter(true));
    return () => {
      live = false;
    };
  }, []);
  return after;
}
