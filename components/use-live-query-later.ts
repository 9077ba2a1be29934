import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { liveQuery as dexieLiveQuery } from 'dexie';

type LiveQuery = typeof dexieLiveQuery;

/**
 * A value that follows the database, as dexie-react-hooks' useLiveQuery: `querier` undefined asks
 * nothing; otherwise Dexie's `liveQuery` (from `load`, now or once loaded) watches what it read.
 * The last value stays until the new query answers; an error is thrown at render.
 */
export function useLiveValue<T>(load: () => LiveQuery | Promise<LiveQuery>, querier: (() => Promise<T> | T) | undefined, deps: unknown[]): T | undefined {
  const state = useRef<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!querier) return;
    let live = true;
    let unsubscribe = () => undefined as void;
    const watch = (liveQuery: LiveQuery) => {
      if (!live) return;
      const subscription = liveQuery(querier).subscribe({
        next: (value) => {
          if (state.current.value === value && state.current.error === undefined) return;
          state.current = { value, error: undefined };
          rerender(0);
        },
        error: (error: unknown) => {
          state.current = { ...state.current, error };
          rerender(0);
        },
      });
      unsubscribe = () => subscription.unsubscribe();
    };
    const loaded = load();
    if (loaded instanceof Promise) void loaded.then(watch);
    else watch(loaded);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [querier !== undefined, ...deps]);
  if (state.current.error !== undefined) throw state.current.error;
  return state.current.value;
}

const loadDexie = () => import('dexie').then(({ liveQuery }) => liveQuery);

/**
 * Dexie's live query for code of a page's first render, whose chunk must not carry Dexie
 * (issue 20): `querier` undefined asks nothing (the database is not open yet, or the query must
 * wait); otherwise Dexie's `liveQuery` loads on demand and the value follows the database.
 */
export function useLiveQueryLater<T>(querier: (() => Promise<T> | T) | undefined, deps: unknown[]): T | undefined {
  return useLiveValue(loadDexie, querier, deps);
}
