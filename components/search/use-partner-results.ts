import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupFavourites } from '../../lib/db/favourite-group-list';
import { t } from '../../lib/i18n';
import type { PartnerSummary, SearchOptions } from '../../lib/search';
import { latestOnly } from '../../lib/search/latest-only';
import { weakerFrom } from '../../lib/search/result-tiers';
import type { Directory } from './use-directory';
import type { SearchInputs } from './use-search-inputs';
import { readReferenceQuery } from '../../lib/reference/question-words';
import { loadRowReasons, rowReasonsLoaded } from './row-reason';

const RESULT_LIMIT = 30;

export interface Shown {
  query: string | undefined;
  /** The words the partner search was asked (a question's words only: « qui porte le PLIE » → « plie »). */
  asked?: string;
  items: PartnerSummary[];
  headings: Map<number, string>;
}
export const NOTHING_SHOWN: Shown = { query: undefined, items: [], headings: new Map() };

interface ResultsInputs extends Pick<SearchInputs, 'territory' | 'favourites' | 'groups' | 'favouriteIds'> {
  directory: Directory | undefined;
  /** The first search waits for the territory: the first rows come ranked for it, not re-ranked a moment later. */
  settingsRead: boolean;
  categories: readonly string[];
  thematiques: readonly string[] | undefined;
  query: string;
}

type Token = { live: boolean };

/** What the partner search is asked for these words: a question's words only (« qui porte le PLIE » → « plie »). */
export function partnerQueryOf(query: string): string {
  const { words, asked } = readReferenceQuery(query);
  return asked && words.length > 0 ? words.join(' ') : query;
}

/**
 * The partner rows of a search box: for typed words, the search worker's answer; for an empty box,
 * the partners for the needs, or else the favourites under the counsellor's group headings. Keys
 * typed while the worker answers replace each other (only the latest is sent), and an answer to a
 * query no longer in the box is never shown. `askEarly`, from the input's handler, sends the
 * typed words before the page renders them (issue 20); the page renders them with their answer,
 * and that render adopts the search when nothing else it searches with changed meanwhile.
 */
export function usePartnerResults(inputs: ResultsInputs): { shown: Shown; askEarly: (value: string, withRows?: () => void) => boolean; dropEarly: () => void } {
  const { directory, settingsRead, territory, favourites, groups, favouriteIds, categories, thematiques, query } = inputs;
  const [shown, setShown] = useState<Shown>(NOTHING_SHOWN);
  const send = useRef(latestOnly()).current;
  const early = useRef<{ query: string; with: readonly unknown[]; token: Token } | undefined>(undefined);
  const searchesWith = [directory, settingsRead, categories, thematiques, territory, favouriteIds];
  const partnerQuery = useMemo(() => partnerQueryOf(query), [query]);
  const searching = query.trim().length > 0;
  const browsing = !searching && categories.length > 0;

  /** What typed words are searched with: the worker's one-letter answers are worked out ahead for these. */
  const options: SearchOptions = { limit: RESULT_LIMIT, categories, thematiques, territory, favourites: favouriteIds };
  // Once the first results are shown, and again when what it searches with changes.
  const firstShown = shown !== NOTHING_SHOWN;
  useEffect(() => {
    if (firstShown && settingsRead) directory?.prepare?.(options);
  }, [firstShown, ...searchesWith]);

  /**
   * Shows rows answering `words` (asked as `asked`) while `token` is live: a superseded answer is
   * never shown. `withRows` runs just before, in the same task: what it sets renders with the rows.
   * The partners for needs come with their reasons (« Répond à : Mobilité »), in one render: their
   * point is which need each serves, and the reasons' code is a chunk of its own (row-reason.ts),
   * asked for as the search leaves. Typed words' rows do not wait for it: it loads in idle time
   * after the first results, so only words typed as the popup opens see their reason join them
   * (waiting for it put the popup's first row 112 -> 174 ms, popup-open bench).
   */
  const showing = (words: string, asked: string, token: Token, withRows?: () => void) => (items: PartnerSummary[], headings = new Map<number, string>()) => {
    const show = () => {
      if (!token.live) return;
      withRows?.();
      setShown({ query: words, asked, items, headings });
    };
    if (items.length > 0 && categories.length > 0 && !rowReasonsLoaded()) void loadRowReasons().then(show);
    else show();
  };

  function askPartners(words: string, asked: string, token: Token, withRows?: () => void) {
    if (!directory) return;
    const show = showing(words, asked, token, withRows);
    send(() =>
      directory.search(asked, options).then((hits) => {
        // Weaker matches after strong ones go under « Autres résultats ».
        const weaker = weakerFrom(hits.map((hit) => hit.score));
        show(hits.map((hit) => hit.partner), new Map(weaker > 0 ? [[weaker, t('rowOthers')]] : []));
      }, () => show([])),
    );
  }

  /** Drops the search a key sent (its rows are never shown): the box changed by other means. */
  function dropEarly() {
    if (early.current) early.current.token.live = false;
    early.current = undefined;
  }

  /**
   * Sends typed words from the input's handler; false if they are not searched from there (no
   * index yet, an emptied box). `withRows` runs with their answer, just before it is shown (the
   * page renders the typed text then, in the same render as its rows), unless a later key or
   * search superseded it.
   */
  function askEarly(value: string, withRows?: () => void): boolean {
    dropEarly();
    if (!directory || !settingsRead || !value.trim()) return false;
    const token = { live: true };
    early.current = { query: value, with: searchesWith, token };
    askPartners(value, partnerQueryOf(value), token, withRows);
    return true;
  }

  // A layout effect: the search is asked right after the render that changed the query, not a frame later.
  useLayoutEffect(() => {
    if (!directory || !settingsRead) return;
    const sent = early.current;
    // A key whose text has not rendered yet (it renders with its rows, PartnerSearch.tsx): its
    // search stands, and this render's query is older than the box's.
    if (sent && sent.token.live && sent.query !== query) return;
    early.current = undefined;
    const token = { live: true };
    const stop = () => {
      token.live = false;
    };
    if (searching && sent?.query === query && sent.with.every((value, i) => value === searchesWith[i])) {
      // The key's handler asked already: this render owns its answer.
      const adopted = sent.token;
      return () => {
        adopted.live = false;
      };
    }
    if (sent) sent.token.live = false;
    const show = showing(query, partnerQuery, token);
    if (searching) askPartners(query, partnerQuery, token);
    else if (browsing) {
      // The reasons' code loads while the partners for the needs are searched (they wait for it).
      void loadRowReasons();
      send(() =>
        directory
          .search(partnerQuery, options)
          .then((hits) => show(hits.map((hit) => hit.partner)), () => show([])),
      );
    } else {
      const grouped = groupFavourites(favourites ?? [], groups ?? []);
      send(() =>
        directory.summaries(grouped.flatMap((group) => group.favourites.map((f) => f.partnerId))).then((found) => {
          const items: PartnerSummary[] = [];
          const headings = new Map<number, string>();
          let next = 0;
          // Two starred records merged into one structure (issue 15) are one favourite line.
          const listed = new Set<string>();
          for (const group of grouped) {
            const partners = group.favourites.map(() => found[next++]).filter((p): p is PartnerSummary => Boolean(p) && !listed.has(p!.id) && Boolean(listed.add(p!.id)));
            if (partners.length > 0 && (group.label || grouped.length > 1)) headings.set(items.length, group.label || t('favUngrouped'));
            items.push(...partners);
          }
          show(items, headings);
        }, () => show([])),
      );
    }
    return stop;
    // The favourites and their groups make the empty box's list only: read meanwhile, they do not ask typed words again.
  }, [directory, settingsRead, searching ? undefined : favourites, searching ? undefined : groups, query, partnerQuery, browsing, categories, thematiques, territory, favouriteIds]);

  return { shown, askEarly, dropEarly };
}
