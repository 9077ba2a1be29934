import { CATEGORIES, displayLabel } from '../../lib/taxonomy';
import { t } from '../../lib/i18n';

interface NeedChipsProps {
  categories: readonly string[];
  /** Category -> the words of the selection it was recognised from. */
  evidence: ReadonlyMap<string, string>;
  onRemove: (category: string) => void;
  onAdd: (category: string) => void;
}

/** The needs searched for, as chips the counsellor can remove, plus a list to add one. */
export function NeedChips({ categories, evidence, onRemove, onAdd }: NeedChipsProps) {
  const addable = CATEGORIES.filter((c) => !categories.includes(c.value));
  return (
    <section aria-labelledby="needs-title">
      <h2 id="needs-title" class="list-title">{t('needsLabel')}</h2>
      <ul class="chips" aria-labelledby="needs-title">
        {categories.map((category) => {
          const label = displayLabel('categorie', category);
          const words = evidence.get(category);
          return (
            <li key={category} class="chip need-chip">
              <span>{label}</span>
              {words && <span class="need-chip__evidence">{t('needsEvidence', words)}</span>}
              <button type="button" class="need-chip__remove" aria-label={t('needsRemove', label)} onClick={() => onRemove(category)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <label class="needs-add">
        <span class="visually-hidden">{t('needsAdd')}</span>
        <select
          value=""
          onChange={(event) => {
            const value = (event.target as HTMLSelectElement).value;
            if (value) onAdd(value);
          }}
        >
          <option value="">{t('needsAddPlaceholder')}</option>
          {addable.map((c) => <option key={c.value} value={c.value}>{displayLabel('categorie', c.value)}</option>)}
        </select>
      </label>
    </section>
  );
}
