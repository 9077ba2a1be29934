import { useMemo, useState } from 'preact/hooks';
import type { GeographyIndex, PlaceOption } from '../../lib/geography';
import { t } from '../../lib/i18n';

interface PlacePickerProps {
  geography: GeographyIndex;
  onPick: (option: PlaceOption) => void;
}

const LIST_ID = 'place-options';
const KIND_LABELS = { commune: 'territoryKindCommune', epci: 'territoryKindEpci', departement: 'territoryKindDepartement' } as const;

/** An accessible autocomplete over communes, EPCI and départements (↑/↓, Entrée, Échap). */
export function PlacePicker({ geography, onPick }: PlacePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = useMemo(() => (query.trim().length >= 2 ? geography.search(query, 8) : []), [geography, query]);

  function pick(option: PlaceOption) {
    onPick(option);
    setQuery('');
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
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
      {query.trim().length >= 2 && options.length === 0 && <p role="status" class="muted">{t('territoryNoPlace', query.trim())}</p>}
    </div>
  );
}
