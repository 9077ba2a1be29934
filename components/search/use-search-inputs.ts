import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RepereDB } from '../../lib/db/database';
import { listFavourites } from '../../lib/db/favourites';
import { listGroups } from '../../lib/db/favourite-group-list';
import { EARLY_INPUTS_GLOBAL, type EarlyInputs } from '../../lib/early-inputs';
import type { Favourite, Settings } from '../../lib/schema';
import { territoryCodes } from '../../lib/territory-codes';
import { useAfterFirstResults } from '../first-results';
import { useLiveQueryLater } from '../use-live-query-later';
import { useEffectiveSettings } from '../use-settings';

let taken = false;

/**
 * What the page's <head> read (entrypoints/search-preload.ts), for the first search box that asks
 * only: a search box mounted later reads Dexie, the <head>'s values being those of the opening.
 */
function takeEarlyInputs(): Promise<EarlyInputs> {
  const globals = globalThis as Record<string, unknown>;
  const early = globals[EARLY_INPUTS_GLOBAL] as Promise<EarlyInputs> | undefined;
  delete globals[EARLY_INPUTS_GLOBAL];
  if (taken || !early) return Promise.resolve({});
  taken = true;
  return early.catch(() => ({}));
}

/**
 * The same object while its content is the same: a live query's new copy of equal rows must not
 * search again. Compared only when a new object comes (not on every keystroke's render).
 */
function useSameContent<T>(value: T): T {
  const kept = useRef<{ key: string; value: T; last: T } | undefined>(undefined);
  if (kept.current && kept.current.last === value) return kept.current.value;
  const key = JSON.stringify(value) ?? '';
  kept.current = kept.current?.key === key ? { ...kept.current, last: value } : { key, value, last: value };
  return kept.current.value;
}

export interface SearchInputs {
  /** Undefined until known: the first search waits for the territory, so its rows are not re-ranked a moment later. */
  settings: Settings | undefined;
  territory: string[];
  favourites: Favourite[] | undefined;
  groups: string[] | undefined;
  favouriteIds: Set<string>;
}

/**
 * The territory, favourites and groups a search box ranks and lists with. At opening they come
 * from the <head>'s raw read, so the first search is sent once, right; Dexie's live queries (the
 * database's opening, and on the popup Dexie's code, among them) start only after the first
 * results are on screen, then keep them current. A value the <head> could not read is read at once the usual way.
 */
export function useSearchInputs(db: RepereDB | undefined, open: () => Promise<RepereDB>): SearchInputs {
  const [early, setEarly] = useState<EarlyInputs>();
  useLayoutEffect(() => {
    let live = true;
    void takeEarlyInputs().then((inputs) => live && setEarly(inputs));
    return () => {
      live = false;
    };
  }, []);
  const after = useAfterFirstResults();
  const watch = after || (early !== undefined && !early.favourites);
  // The database opens now if the <head> could not read the favourites (a lazy provider opens it after the first results).
  useEffect(() => {
    if (watch && !db) void open();
  }, [watch, db]);
  const liveFavourites = useLiveQueryLater(watch && db ? () => listFavourites(db) : undefined, [db]);
  const liveGroups = useLiveQueryLater(watch && db ? () => listGroups(db) : undefined, [db]);
  const liveSettings = useEffectiveSettings();

  const settings = useSameContent(liveSettings ?? early?.settings);
  const favourites = useSameContent(liveFavourites ?? early?.favourites?.favourites);
  const groups = useSameContent(liveGroups ?? early?.favourites?.groups);
  const territory = useMemo(() => (settings ? territoryCodes(settings) : []), [settings]);
  const favouriteIds = useMemo(() => new Set((favourites ?? []).map((f) => f.partnerId)), [favourites]);
  // Until the <head>'s read is in, the settings read by useEffectiveSettings do not start the search alone.
  return { settings: early === undefined ? undefined : settings, territory, favourites, groups, favouriteIds };
}
