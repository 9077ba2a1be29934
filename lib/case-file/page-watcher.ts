import { readPageNeedsSliced, type PageNeed, type StatementCache } from '../needs/read-page-needs';
import { prepareLexicon } from '../needs/detect-needs';
import type { CaseNeed } from '../messages/case';

/** Never more than one reading per this many milliseconds while the counsellor types. */
export const MIN_INTERVAL_MS = 500;
/** Quiet time after a change before reading (a burst of DOM mutations is one change). */
export const SETTLE_MS = 120;

export interface WatcherHost {
  document: Document;
  now(): number;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Gives the page's own tasks a turn between slices of the reading. */
  pause(): Promise<void>;
  /** Sends the needs' ids to the background (never text). */
  send(needs: CaseNeed[]): void;
}

/** The ids that cross to the background: category and thematique, nothing else. */
export function needIds(needs: readonly PageNeed[]): CaseNeed[] {
  return needs.map((need) => (need.thematique ? { category: need.category, thematique: need.thematique } : { category: need.category })) as CaseNeed[];
}

/**
 * Reads the file on screen at start and again after each change (DOM mutations, typing, in-page
 * navigation), throttled; sends the needs when they change. The needs with their evidence stay
 * here, in the page's memory, for « Montrer dans la page ».
 */
export function createPageWatcher(host: WatcherHost, options: { computedStyle?: boolean } = {}) {
  let timer: number | undefined;
  let lastStart = -Infinity;
  let reading = 0;
  let lastSent: string | undefined;
  let stopped = false;
  let current: PageNeed[] = [];
  /** Statements already judged: a re-read while typing judges only what changed (page memory only). */
  const cache: StatementCache = new Map();

  async function read(): Promise<void> {
    timer = undefined;
    if (stopped) return;
    const mine = ++reading;
    lastStart = host.now();
    // The reading starts in a task of its own, not in the one that loaded the script or saw the change.
    await host.pause();
    await prepareLexicon(() => host.pause(), () => host.now());
    const needs = await readPageNeedsSliced(host.document, () => host.pause(), {
      computedStyle: options.computedStyle,
      cache,
      now: () => host.now(),
      isCancelled: () => stopped || mine !== reading,
    });
    if (!needs || stopped || mine !== reading) return;
    current = needs;
    const ids = needIds(needs);
    const key = JSON.stringify(ids);
    if (key !== lastSent) {
      lastSent = key;
      host.send(ids);
    }
  }

  return {
    /** Something changed: read again soon, at most once per MIN_INTERVAL_MS. */
    changed(): void {
      if (stopped || timer !== undefined) return;
      const wait = Math.max(SETTLE_MS, lastStart + MIN_INTERVAL_MS - host.now());
      timer = host.setTimeout(() => void read(), wait);
    },
    /** Reads now (start, or asked by the counsellor), sending even if nothing changed. */
    readNow(): Promise<void> {
      if (timer !== undefined) host.clearTimeout(timer);
      lastSent = undefined;
      return read();
    },
    needs: (): readonly PageNeed[] => current,
    stop(): void {
      stopped = true;
      if (timer !== undefined) host.clearTimeout(timer);
      current = [];
      cache.clear();
    },
  };
}

export type PageWatcher = ReturnType<typeof createPageWatcher>;
