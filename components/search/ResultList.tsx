import type { PartnerSummary } from '../../lib/search';
import type { MatchContext } from '../../lib/search/match-reason';
import { ResultRow } from './ResultRow';

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

/** The listbox of a combobox: focus stays in the input, the active option is announced. */
export function ResultList({ id, label, partners, active, onOpen, onHover, headings, context = NO_QUERY, now = new Date() }: ResultListProps) {
  let group: string | undefined;
  return (
    // data-query: the words these results answer (what a test waits for, not an earlier list).
    <ul id={id} role="listbox" aria-label={label} class="results" data-query={context.query}>
      {partners.map((partner, index) => {
        const heading = headings?.get(index);
        // A screen reader hears the group an option is in (« Autres résultats », a favourites group).
        if (heading !== undefined) group = `${id}-group-${index}`;
        return [
          heading !== undefined && (
            <li key={`heading-${index}`} id={group} role="presentation" class={`list-title result-group${index > 0 ? ' result-group--others' : ''}`}>{heading}</li>
          ),
          <li
            key={partner.id}
            id={optionId(id, index)}
            role="option"
            aria-selected={index === active}
            aria-describedby={group}
            class={`result${index === active ? ' result--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onOpen(partner)}
            onMouseEnter={() => onHover(index)}
          >
            <ResultRow partner={partner} context={context} now={now} />
          </li>,
        ];
      })}
    </ul>
  );
}
