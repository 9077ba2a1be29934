import { liveQuery } from 'dexie';
import { useLiveValue } from './use-live-query-later';

const dexieNow = () => liveQuery;

/**
 * A value that follows the database (undefined until first read), for code that has Dexie already.
 * Ours rather than dexie-react-hooks': that package imports React, which Preact serves through
 * `preact/compat`, whose hook then rewrote the props of every element of every page (issue 20).
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: unknown[] = []): T | undefined {
  return useLiveValue(dexieNow, querier, deps);
}
