import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import type { ReferenceSuggestion } from '../../lib/reference';
import { readReferenceQuery } from '../../lib/reference/question-words';
import { t } from '../../lib/i18n';
import { ReferenceNavigation } from '../reference/reference-navigation';
import { loadReferenceNow, referenceParts, useReferenceParts } from './lazy-reference';

interface ReferenceActions {
  /** Puts words in the search box and shows the list (« voir tout »). */
  search: (query: string) => void;
  openPartner: (partner: StoredPartner) => void;
  /** Gives the focus back to the search box when an entry opened from the list closes. */
  focusSearch: () => void;
}

export interface ReferenceResultState {
  /** The « Référence » result to show above the partners, if the query names a scheme. */
  result: JSX.Element | null;
  /** Enter opens the reference result rather than a partner. */
  selected: boolean;
  activeId: string | undefined;
  /** The open entry, shown instead of the list or the card. */
  view: JSX.Element | null;
  /** Wraps a card so its carrier line opens the entry in place. */
  provide: (children: ComponentChildren) => JSX.Element;
  /** Keys the reference handles in the search box (↑ to it, ↓ from it, Enter on it); true if handled. */
  onKeyDown: (event: KeyboardEvent, partnerCount: number, partnerActive: number) => boolean;
}

/**
 * The popup's « Qui porte quoi ? » result and entry view, beside the partner search. Off the
 * first results' path: the reference's code (data, Fuse.js) comes as a chunk of its own, and a
 * query's suggestion is worked out once the partner rows of that query are shown
 * (`rowsShownFor`: the query they answer), so they never wait for it; it joins them when ready.
 */
export function useReferenceResult(query: string, actions: ReferenceActions, rowsShownFor: string | undefined): ReferenceResultState {
  const typed = query.trim().length > 0;
  const [openId, setOpenId] = useState<string>();
  const parts = useReferenceParts(typed || openId !== undefined);
  /** The suggestion and the query it answers (the previous one stays shown until the next is known). */
  const [suggested, setSuggested] = useState<{ query: string; suggestion: ReferenceSuggestion | undefined }>();
  // Issue 20: the Fuse lookup waits for the partner rows of this query to be in the DOM, then runs
  // in a task of its own, so a keystroke's rows never wait for it (nor for a superseded query's).
  useEffect(() => {
    if (!parts || (typed && rowsShownFor !== query)) return;
    const timer = setTimeout(() => setSuggested({ query, suggestion: typed ? parts.referenceForQuery(query) : undefined }));
    return () => clearTimeout(timer);
  }, [parts, query, rowsShownFor]);
  const suggestion = typed ? suggested?.suggestion : undefined;
  const [selected, setSelected] = useState(false);
  useEffect(() => setSelected(Boolean(suggestion?.selected)), [suggestion]);
  const fromList = useRef(false);
  const entry = openId ? parts?.referenceEntry(openId) : undefined;

  useLayoutEffect(() => {
    if (!openId && fromList.current) actions.focusSearch();
  }, [openId]);

  const openFrom = (list: boolean) => (id: string) => {
    fromList.current = list;
    setOpenId(id);
  };
  const close = () => setOpenId(undefined);

  function onKeyDown(event: KeyboardEvent, partnerCount: number, partnerActive: number): boolean {
    const value = (event.target as HTMLInputElement).value;
    if (event.key === 'Enter') {
      const known = value === query && suggested?.query === query;
      const loaded = referenceParts();
      if (!known && !loaded) {
        // A question typed before the reference's code arrived: Enter is handled again once it has.
        if (!readReferenceQuery(value).asked) return false;
        event.preventDefault();
        const box = event.target as HTMLInputElement;
        void loadReferenceNow().then(() => box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
        return true;
      }
      // Typed fast: the suggestion of what is in the box may not be known yet; it is worked out here.
      const current = known ? (selected ? suggestion : undefined) : loaded!.referenceForQuery(value);
      if (!current || (!known && !current.selected)) return false;
      event.preventDefault();
      openFrom(true)(current.entry.id);
      return true;
    }
    if (!suggestion) return false;
    if (event.key === 'ArrowDown' && selected) {
      event.preventDefault();
      if (partnerCount > 0) setSelected(false);
      return true;
    }
    if (event.key === 'ArrowUp' && !selected && partnerActive <= 0) {
      event.preventDefault();
      setSelected(true);
      return true;
    }
    return false;
  }

  const provide = (children: ComponentChildren, list = false) => <ReferenceNavigation.Provider value={openFrom(list)}>{children}</ReferenceNavigation.Provider>;

  const { ReferenceEntryView, ReferenceResult, REFERENCE_RESULT_ID } = parts ?? {};
  const view = entry && ReferenceEntryView ? (
    <div
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <ReferenceNavigation.Provider value={setOpenId}>
        <ReferenceEntryView
          entry={entry}
          back={<button type="button" class="link-button" onClick={close}>← {t('cardBack')}</button>}
          onOpenPartner={(partner) => {
            fromList.current = false;
            close();
            actions.openPartner(partner);
          }}
          onSeeAll={(words) => {
            fromList.current = true;
            close();
            actions.search(words);
          }}
        />
      </ReferenceNavigation.Provider>
    </div>
  ) : null;

  return {
    result: suggestion && ReferenceResult ? provide(<ReferenceResult entry={suggestion.entry} selected={selected} />, true) : null,
    selected: Boolean(suggestion) && selected,
    activeId: suggestion && selected ? REFERENCE_RESULT_ID : undefined,
    view,
    provide,
    onKeyDown,
  };
}
