import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredPartner } from '../../lib/db';
import { readReferenceQuery, referenceEntry, referenceForQuery } from '../../lib/reference';
import { t } from '../../lib/i18n';
import { ReferenceEntryView } from '../reference/ReferenceEntryView';
import { ReferenceNavigation } from '../reference/reference-navigation';
import { REFERENCE_RESULT_ID, ReferenceResult } from './ReferenceResult';

interface ReferenceActions {
  /** Puts words in the search box and shows the list (« voir tout »). */
  search: (query: string) => void;
  openPartner: (partner: StoredPartner) => void;
  /** Gives the focus back to the search box when an entry opened from the list closes. */
  focusSearch: () => void;
}

export interface ReferenceResultState {
  /** What to ask the partner search: a question's words only (« qui porte le PLIE » → « plie »). */
  partnerQuery: string;
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

/** The popup's « Qui porte quoi ? » result and entry view, beside the partner search. */
export function useReferenceResult(query: string, actions: ReferenceActions): ReferenceResultState {
  const suggestion = useMemo(() => (query.trim() ? referenceForQuery(query) : undefined), [query]);
  const partnerQuery = useMemo(() => {
    const { words, asked } = readReferenceQuery(query);
    return asked && words.length > 0 ? words.join(' ') : query;
  }, [query]);
  const [selected, setSelected] = useState(false);
  useEffect(() => setSelected(Boolean(suggestion?.selected)), [suggestion]);
  const [openId, setOpenId] = useState<string>();
  const fromList = useRef(false);
  const entry = openId ? referenceEntry(openId) : undefined;

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
      // Typed fast: what is in the box may not be `query` yet; its suggestion is computed here.
      const current = value === query ? (selected ? suggestion : undefined) : referenceForQuery(value);
      if (!current || (value !== query && !current.selected)) return false;
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

  const view = entry ? (
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
    partnerQuery,
    result: suggestion ? provide(<ReferenceResult entry={suggestion.entry} selected={selected} />, true) : null,
    selected: Boolean(suggestion) && selected,
    activeId: suggestion && selected ? REFERENCE_RESULT_ID : undefined,
    view,
    provide,
    onKeyDown,
  };
}
