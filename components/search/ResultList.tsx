import type { JSX } from 'preact';
import { memo } from '../memo';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PartnerSummary } from '../../lib/search';
import type { MatchContext } from '../../lib/search/match-reason';
import { ResultRow } from './ResultRow';
import { rowReason, useRowReasons } from './row-reason';

interface ResultListProps {
  id: string;
  label: string;
  partners: readonly PartnerSummary[];
  active: number;
  onOpen: (partner: PartnerSummary) => void;
  onHover: (index: number) => void;
  /** Option index -> a heading shown just before it (favourites grouped by the counsellor, « Autres résultats »). */
  headings?: ReadonlyMap<number, string>;
  /** What the list answers, for each row's reason. */
  context?: MatchContext;
  now?: Date;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

const NO_QUERY: MatchContext = { query: '' };

/**
 * Rows a new list shows in its first render, the rest following on the next frame (issue 20):
 * the rows the popup shows (about seven fit) are on screen sooner than a task rendering thirty
 * would allow, on opening and at each keystroke. Rows of the previous list that stay in the new
 * one are kept meanwhile, so the next frame only adds the missing ones.
 */
export const FIRST_ROWS = 8;

/**
 * Whether the whole of this list is shown: false for the first frame of each new list. A frame
 * hidden from view (no animation frame) waits 100 ms at most.
 */
function useWholeAfterFrame(partners: readonly PartnerSummary[]): boolean {
  const [wholeFor, setWholeFor] = useState<readonly PartnerSummary[]>();
  const whole = wholeFor === partners;
  useEffect(() => {
    if (whole) return;
    const done = () => setWholeFor(partners);
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(done) : undefined;
    const timer = setTimeout(done, 100);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [partners, whole]);
  return whole;
}

type Handlers = Pick<ResultListProps, 'onOpen' | 'onHover'>;

interface OptionProps {
  id: string;
  index: number;
  partner: PartnerSummary;
  active: boolean;
  group: string | undefined;
  /** Why it is listed (a string: equal from one query to the next when the row did not change). */
  reason: string | undefined;
  now: Date;
  handlers: { current: Handlers };
}

/** One option, keyed by partner: re-rendered only when it moves, becomes (in)active, or its record or reason changes. */
const Option = memo(function Option({ id, index, partner, active, group, reason, now, handlers }: OptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-describedby={group}
      class={`result${active ? ' result--active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => handlers.current.onOpen(partner)}
      onMouseEnter={() => handlers.current.onHover(index)}
    >
      <ResultRow partner={partner} reason={reason} now={now} />
    </li>
  );
});

/** The listbox of a combobox: focus stays in the input, the active option is announced. */
export function ResultList({ id, label, partners, active, onOpen, onHover, headings, context = NO_QUERY, now }: ResultListProps) {
  // The handlers change at each render of the search; the rows read the current ones.
  const handlers = useRef<Handlers>({ onOpen, onHover });
  handlers.current = { onOpen, onHover };
  // Hours and freshness are told to the minute: the rows keep their date within one.
  const minute = Math.floor(Date.now() / 60_000);
  const at = useMemo(() => now ?? new Date(), [now, minute]);
  const whole = useWholeAfterFrame(partners);
  // The reasons' code is a chunk of its own: the list renders again when it arrives (row-reason.ts).
  useRowReasons(context);
  // The ids of the rows in the DOM: until the next frame, a new list shows its first rows and those already there.
  const mounted = useRef<ReadonlySet<string>>(new Set());
  // Each row with its index in the whole list: the active option and its id do not move when the rest joins.
  const shown = partners.flatMap((partner, index) => (whole || index < FIRST_ROWS || mounted.current.has(partner.id) ? [{ partner, index }] : []));
  // The rows shown change with the list and its whole frame only (not when the active row moves).
  useEffect(() => {
    mounted.current = new Set(shown.map(({ partner }) => partner.id));
  }, [partners, whole]);
  // One flat list of keyed children: rows wrapped in arrays (a fragment each) would be matched by
  // position, and a row moving up a place would be rendered anew instead of moved.
  const children: JSX.Element[] = [];
  let group: string | undefined;
  for (const { partner, index } of shown) {
    const heading = headings?.get(index);
    // A screen reader hears the group an option is in (« Autres résultats », a favourites group).
    if (heading !== undefined) {
      group = `${id}-group-${index}`;
      children.push(<li key={`heading-${index}`} id={group} role="presentation" class={`list-title result-group${index > 0 ? ' result-group--others' : ''}`}>{heading}</li>);
    }
    children.push(<Option key={partner.id} id={optionId(id, index)} index={index} partner={partner} active={index === active} group={group} reason={rowReason(partner, context)} now={at} handlers={handlers} />);
  }
  return (
    // data-query: the words these results answer (what a test waits for, not an earlier list).
    <ul id={id} role="listbox" aria-label={label} class="results" data-query={context.query}>
      {children}
    </ul>
  );
}
