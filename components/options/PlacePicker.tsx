import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaceOption } from '../../lib/geography';
import type { GeographyClient } from '../../lib/geography-service';
import { t } from '../../lib/i18n';

interface PlacePickerProps {
  /** Searched off the page's thread (components/options/page-geography.ts). */
  geography: Pick<GeographyClient, 'search'>;
  onPick: (option: PlaceOption) => void;
}

/** Places a query needs before it is searched: one letter would list half of France. */
const MIN_QUERY = 2;

const LIST_ID = 'place-options';
const KIND_LABELS = { commune: 'territoryKindCommune', epci: 'territoryKindEpci', departement: 'territoryKindDepartement' } as const;

/** An accessible autocomplete over communes, EPCI and départements (↑/↓, Entrée, Échap). */
export function PlacePicker({ geography, onPick }: PlacePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** The worker's last answer and the query it answers: the list stays while the next is searched. */
  const [answer, setAnswer] = useState<{ query: string; options: PlaceOption[] }>({ query: '', options: [] });
  const searched = query.trim().length >= MIN_QUERY;
  const answered = answer.query === query;
  const options = searched ? answer.options : [];
  /** Enter pressed before the answer to the query in the box: its first place is picked when it comes. */
  const enterPending = useRef(false);

  useEffect(() => {
    if (!searched) return;
    let live = true;
    geography.search(query, 8).then((found) => live && setAnswer({ query, options: found }), () => live && setAnswer({ query, options: [] }));
    return () => {
      live = false;
    };
  }, [geography, query]);

  useEffect(() => {
    if (!answered || !enterPending.current) return;
    enterPending.current = false;
    if (answer.options.length > 0) pick(answer.options[0]);
  }, [answer]);

  function pick(option: PlaceOption) {
    onPick(option);
    setQuery('');
    setAnswer({ query: '', options: [] });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === 'Enter' && searched && !answered) {
      // Typed fast: the places of what is in the box are a few milliseconds away; pick the right one.
      event.preventDefault();
      enterPending.current = true;
    } else if (event.key === 'Enter' && options.length) {
      event.preventDefault();
      pick(options[Math.min(active, options.length - 1)]);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  }

  return (
    <div class="place-picker">
      <label for="place-input">{t('territoryPickLabel')}</label>
      <input
        id="place-input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={options.length ? `${LIST_ID}-${Math.min(active, options.length - 1)}` : undefined}
        placeholder={t('territoryPickPlaceholder')}
        value={query}
        onInput={(event) => {
          enterPending.current = false;
          setQuery((event.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul id={LIST_ID} role="listbox" aria-label={t('territoryPickLabel')} class="results">
          {options.map((option, index) => (
            <li
              key={`${option.kind}-${option.code}`}
              id={`${LIST_ID}-${index}`}
              role="option"
              aria-selected={index === active}
              class={`result${index === active ? ' result--active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
              onMouseEnter={() => setActive(index)}
            >
              <span class="result__name">{option.label}</span>
              <span class="result__meta">{t(KIND_LABELS[option.kind])}</span>
            </li>
          ))}
        </ul>
      )}
      {searched && answered && options.length === 0 && <p role="status" class="muted">{t('territoryNoPlace', query.trim())}</p>}
    </div>
  );
}
