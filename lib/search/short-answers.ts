import type { WireSearchOptions } from './worker-protocol';

/** The one-character queries answered ahead: a letter or a digit, as a counsellor's first key. */
export const SHORT_QUERIES = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The options a search was asked with, as one string: equal strings, equal answers. */
export function optionsKey(options: WireSearchOptions): string {
  const { limit, categories, thematiques, territory, favourites } = options;
  return JSON.stringify([limit ?? null, categories ?? null, thematiques ?? null, territory ?? null, favourites ? [...favourites].sort() : null]);
}

export interface ShortAnswersOptions {
  /** The worker must have had no request for this long before it works an answer out ahead. */
  idleMs?: number;
  clock?: () => number;
}

export interface ShortAnswers<T> {
  /** The answer worked out ahead for this query and these options, if there is one. */
  get(query: string, key: string): T | undefined;
  /**
   * Works out, one per idle task, the answers of every one-character query for these options
   * (`search` ranks one); answers for other options are let go.
   */
  prepare(key: string, search: (query: string) => T): void;
  /** A request arrived: what is worked out ahead waits until the worker is idle again. */
  asked(): void;
  /** Stops and lets every answer go. */
  clear(): void;
}

/**
 * A counsellor's first key is one letter, and a one-letter query is the worker's costliest (it
 * ranks most of the directory: 10–25 ms at 100,000 partners, issue 20). Its answers depend only on
 * the index and the options, so the worker works them out ahead, while idle, for the options the
 * page says it searches with; each is computed as any search is, so the answers are the same.
 */
export function createShortAnswers<T>({ idleMs = 300, clock = () => performance.now() }: ShortAnswersOptions = {}): ShortAnswers<T> {
  let key: string | undefined;
  let answers = new Map<string, T>();
  let queue: string[] = [];
  let search: ((query: string) => T) | undefined;
  let lastAsked = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const next = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(step, delay);
  };
  function step() {
    timer = undefined;
    if (!search || queue.length === 0) return;
    const quiet = clock() - lastAsked;
    if (quiet < idleMs) return next(idleMs - quiet);
    const query = queue.shift()!;
    answers.set(query, search(query));
    // One answer per task: a request that arrives waits for one answer at most.
    next(0);
  }

  return {
    get(query, asked) {
      return asked === key ? answers.get(query.trim().toLowerCase()) : undefined;
    },
    prepare(asked, searchOne) {
      if (asked === key) return;
      key = asked;
      answers = new Map();
      queue = [...SHORT_QUERIES];
      search = searchOne;
      next(idleMs);
    },
    asked() {
      lastAsked = clock();
    },
    clear() {
      clearTimeout(timer);
      key = undefined;
      answers = new Map();
      queue = [];
      search = undefined;
    },
  };
}
