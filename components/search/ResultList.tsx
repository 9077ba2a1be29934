import type { PartnerSummary } from '../../lib/search';
import { labelOf } from '../../lib/taxonomy';

interface ResultListProps {
  id: string;
  label: string;
  partners: readonly PartnerSummary[];
  active: number;
  onOpen: (partner: PartnerSummary) => void;
  onHover: (index: number) => void;
  /** Option index -> a heading shown just before it (favourites grouped by the counsellor). */
  headings?: ReadonlyMap<number, string>;
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** The listbox of a combobox: focus stays in the input, the active option is announced. */
export function ResultList({ id, label, partners, active, onOpen, onHover, headings }: ResultListProps) {
  return (
    <ul id={id} role="listbox" aria-label={label} class="results">
      {partners.map((partner, index) => {
        const network = (partner.reseaux_porteurs ?? []).map((n) => labelOf('reseau', n))[0];
        const place = [partner.code_postal, partner.commune].filter(Boolean).join(' ');
        const heading = headings?.get(index);
        return [
          heading !== undefined && (
            <li key={`heading-${index}`} role="presentation" class="list-title result-group">{heading}</li>
          ),
          <li
            key={partner.id}
            id={optionId(id, index)}
            role="option"
            aria-selected={index === active}
            class={`result${index === active ? ' result--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onOpen(partner)}
            onMouseEnter={() => onHover(index)}
          >
            <span class="result__name">{partner.nom}</span>
            <span class="result__meta">{[network, place].filter(Boolean).join(' · ')}</span>
          </li>,
        ];
      })}
    </ul>
  );
}
