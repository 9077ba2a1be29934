import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { t } from '../../lib/i18n';
import type { PartnerSummary } from '../../lib/search';
import { useDbAccess } from '../db-context';
import { useFavouritesSync } from '../use-favourites-sync';
import { OpenCard } from '../card/OpenCard';
import { withCardReady } from '../card/LazyPartnerCard';
import { lazyComponent } from '../lazy';
import { markFirstResults } from '../first-results';
import { ResultList, optionId } from './ResultList';
import { useDirectory } from './use-directory';
import { useReferenceResult } from './use-reference-result';
import { NOTHING_SHOWN, usePartnerResults } from './use-partner-results';
import { useEscapeToSearch } from './use-escape-to-search';
import { useSearchInputs } from './use-search-inputs';

/** « N relances à faire »: the follow-up code loads after the first results. */
const FollowUpCount = lazyComponent(() => import('./FollowUpCount').then((m) => m.FollowUpCount), { afterResults: true });
const LIST_ID = 'partner-results';
/**
 * Typed text waits at most this long for its rows before it renders alone (a slow or failed
 * search): the box shows the letters at once anyway, the browser draws them.
 */
const TYPED_WAITS_FOR_ROWS_MS = 100;
/** One shared empty list, so memoised results survive re-renders. */
const NO_NEEDS: readonly string[] = [];

interface PartnerSearchProps {
  /**
   * Needs (data·inclusion categories) to serve: typed words search within them, and an empty
   * box lists every partner serving them instead of the favourites (the needs panel).
   */
  categories?: readonly string[];
  /** Precise thematiques among those needs: partners offering them come first. */
  thematiques?: readonly string[];
  /** Words already in the box when it appears (a selection no need was recognised in). */
  initialQuery?: string;
  /**
   * Words to bring back once known (the popup's last query, read a moment after opening): put
   * in the box and selected, only if nothing was typed meanwhile.
   */
  restoreQuery?: string;
  /** Heading of the list of partners for the needs. */
  browseLabel?: string;
  /** Help shown under an empty box. */
  hint?: string;
  /** Told each query typed (the popup remembers the last one). */
  onQueryChange?: (query: string) => void;
  /** Shown right under the box, above the results (the popup's « Pour ce dossier » block). */
  belowBox?: ComponentChildren;
}

/**
 * Type to find a partner: an accessible combobox (↑/↓ move, Enter opens, Esc goes back).
 * An empty box shows the partners for the given needs, or else the counsellor's favourites.
 */
export function PartnerSearch({ categories = NO_NEEDS, thematiques, initialQuery = '', restoreQuery, browseLabel, hint, onQueryChange, belowBox }: PartnerSearchProps) {
  const { db, open: openDb } = useDbAccess();
  const directory = useDirectory();
  // Read in the page's <head> at opening (the first search is sent once), then kept current.
  const { settings, territory, favourites, groups, favouriteIds } = useSearchInputs(db, openDb);
  useFavouritesSync();
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState<StoredPartner | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /**
   * Typed text not rendered yet (issue 20): it renders with the rows that answer it, in one
   * render, rather than once alone and again with its rows; the render alone, its effects and
   * the frame after it held the answer back on a busy machine. The box shows it meanwhile (the
   * browser draws the letters), and each render reads it from here, never from the older query.
   */
  const typing = useRef<{ value: string; timer: ReturnType<typeof setTimeout> } | undefined>(undefined);
  useEffect(() => () => typing.current && clearTimeout(typing.current.timer), []);
  /** Renders `value` as the query now: a key's text still waiting for its rows no longer does. */
  const setTyped = (value: string) => {
    if (typing.current) clearTimeout(typing.current.timer);
    typing.current = undefined;
    setQuery(value);
  };
  /** Puts `value` in the box by other means than a key (a query brought back, « voir tout », Esc): a key's search on its way is dropped. */
  const putQuery = (value: string) => {
    dropEarly();
    setTyped(value);
  };
  /** Enter pressed before the results of the query in the box arrived: open its first result when they do. */
  const enterPending = useRef(false);
  // Results come from the search worker: `shown.query` says which query they answer.
  const { shown, askEarly, dropEarly } = usePartnerResults({ directory, settingsRead: settings !== undefined, territory, favourites, groups, favouriteIds, categories, thematiques, query });
  const reference = useReferenceResult(query, {
    search: (words) => {
      setOpen(null);
      putQuery(words);
    },
    openPartner,
    focusSearch: () => input.current?.focus(),
  }, directory ? shown.query : query);

  // The counsellor's own changes (typing, Esc) are told in the key's handler, before anything
  // else can happen: a popup closed right after Esc never loses that intent to a deferred effect.
  // Other changes (a query brought back, a « Qui porte quoi ? » search) are told after render.
  const told = useRef<string | undefined>(undefined);
  const tell = (value: string) => {
    if (told.current === value) return;
    told.current = value;
    onQueryChange?.(value);
  };
  useEffect(() => tell(query), [query]);
  // A query brought back is selected: typing replaces it, arrows and Enter use its results.
  const restoring = useRef(false);
  /** The counsellor typed or erased something: a query brought back later must not replace it. */
  const edited = useRef(false);
  useEffect(() => {
    if (!restoreQuery || edited.current || input.current?.value) return;
    restoring.current = true;
    putQuery(restoreQuery);
  }, [restoreQuery]);
  useLayoutEffect(() => {
    if (!restoring.current) return;
    restoring.current = false;
    input.current?.focus();
    input.current?.select();
  }, [query]);
  const searching = query.trim().length > 0;
  const browsing = !searching && categories.length > 0;
  const { items, headings } = shown;
  useEffect(() => {
    if (shown !== NOTHING_SHOWN) markFirstResults();
  }, [shown]);
  /** The rows' context changes with the query they answer, not with each render. */
  // Reasons name the words the search actually answered (`asked`), not what is still being typed.
  const listContext = useMemo(() => ({ query: shown.asked ?? shown.query ?? '', categories }), [shown.asked, shown.query, categories]);
  /** The list answers the query in the box (not the previous one, still shown while the next is searched). */
  const answered = shown.query === query;
  useEffect(() => {
    if (!answered || !enterPending.current) return;
    enterPending.current = false;
    if (items.length > 0) openPartner(items[0]);
  }, [answered, items]);

  useEffect(() => setActive((searching || browsing) && items.length > 0 ? 0 : -1), [query, items.length, searching, browsing, categories]);
  useLayoutEffect(() => {
    if (!open) input.current?.focus();
  }, [open]);
  useEscapeToSearch(input, !open);

  // Results are summaries (the stored index's columns): the full record is read for its card.
  function openPartner(partner: PartnerSummary) {
    // The card's code comes with the record: the list stays, with the focus, until the card can show.
    void withCardReady(directory?.load(partner.id)).then((full) => full && setOpen(full));
  }

  function onKeyDown(event: KeyboardEvent) {
    if (reference.onKeyDown(event, items.length, active)) return;
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === 'Enter' && (event.target as HTMLInputElement).value.trim() && (event.target as HTMLInputElement).value !== shown.query) {
      // Typed fast: the results of what is in the box are a few milliseconds away; open the right one.
      event.preventDefault();
      enterPending.current = true;
      setTyped((event.target as HTMLInputElement).value);
    } else if (event.key === 'Enter' && items.length > 0) {
      event.preventDefault();
      openPartner(items[Math.max(active, 0)]);
    } else if (event.key === 'Escape' && (query || (event.target as HTMLInputElement).value)) {
      event.preventDefault();
      edited.current = true;
      tell('');
      // Letters still waiting for their rows are in the box only: emptied here, as the render would.
      (event.target as HTMLInputElement).value = '';
      putQuery('');
    }
  }

  if (reference.view) return reference.view;
  if (open) return reference.provide(<OpenCard partner={open} onBack={() => setOpen(null)} />);

  const listLabel = searching ? t('resultsLabel') : browsing ? (browseLabel ?? t('resultsLabel')) : t('favouritesLabel');
  return (
    <div class="search">
      <label for="search-input" class="visually-hidden">{t('searchLabel')}</label>
      <input
        id="search-input"
        ref={input}
        type="search"
        role="combobox"
        list={undefined}
        autoFocus
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={items.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={reference.activeId ?? (active >= 0 ? optionId(LIST_ID, active) : undefined)}
        placeholder={t('searchPlaceholder')}
        value={typing.current?.value ?? query}
        onInput={(event) => {
          const { value } = event.target as HTMLInputElement;
          edited.current = true;
          enterPending.current = false;
          // The search leaves first; the typed text renders with its rows (or alone after a wait,
          // or at once when it is not searched from here). What the popup does with the query
          // (it stores it, App.tsx) comes after.
          if (typing.current) clearTimeout(typing.current.timer);
          const key = { value, timer: setTimeout(() => typing.current === key && setTyped(value), TYPED_WAITS_FOR_ROWS_MS) };
          typing.current = key;
          if (!askEarly(value, () => typing.current === key && setTyped(value))) setTyped(value);
          tell(value);
        }}
        onKeyDown={onKeyDown}
      />
      {belowBox}
      {searching && reference.result}
      {!directory && <p class="muted" role="status">{t('loading')}</p>}
      {directory && !searching && items.length > 0 && <h2 class="list-title">{listLabel}</h2>}
      {directory && items.length > 0 && (
        <ResultList id={LIST_ID} label={listLabel} partners={items} active={reference.selected ? -1 : active} onOpen={openPartner} onHover={setActive} headings={headings} context={listContext} />
      )}
      {directory && answered && searching && items.length === 0 && (
        <p role="status" class="empty">{t('noResult', query.trim())}</p>
      )}
      {directory && answered && browsing && items.length === 0 && <p role="status" class="empty">{t('needsNoPartner')}</p>}
      {!searching && !browsing && <FollowUpCount />}
      {directory && !searching && !browsing && <p class="hint">{hint ?? t('searchHint')}</p>}
    </div>
  );
}
