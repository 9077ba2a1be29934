import { useMemo, useState } from 'preact/hooks';
import { detectNeeds, needCategories } from '../../lib/needs';
import type { PanelSelection } from '../../lib/needs/selection';
import { t } from '../../lib/i18n';
import { NeedChips } from './NeedChips';
import { PartnerSearch } from '../search/PartnerSearch';

interface NeedsPanelProps {
  selection?: PanelSelection;
  onClear: () => void;
}

/** Words a plain search of the selection keeps, when no need is recognised in it. */
const FALLBACK_QUERY_LENGTH = 80;

/**
 * The side panel: the selected text, the needs recognised in it as chips, and the partners
 * serving them (the same search and card as the popup). Without a selection it is the search.
 */
export function NeedsPanel({ selection, onClear }: NeedsPanelProps) {
  const detected = useMemo(() => (selection ? detectNeeds(selection.text) : []), [selection]);
  const [categories, setCategories] = useState<readonly string[]>(() => needCategories(detected));
  const evidence = useMemo(() => {
    const byCategory = new Map<string, string>();
    for (const need of detected) if (!byCategory.has(need.category)) byCategory.set(need.category, need.evidence);
    return byCategory;
  }, [detected]);
  const thematiques = useMemo(
    () => detected.flatMap((need) => (need.thematique && categories.includes(need.category) ? [need.thematique] : [])),
    [detected, categories],
  );
  const fallbackQuery = selection && detected.length === 0 ? selection.text.slice(0, FALLBACK_QUERY_LENGTH) : '';

  return (
    <>
      {selection && (
        <section aria-labelledby="selection-title">
          <div class="panel-bar">
            <h2 id="selection-title" class="list-title">{t('panelSelectionLabel')}</h2>
            <button type="button" class="link-button" onClick={onClear}>{t('panelClearSelection')}</button>
          </div>
          <blockquote class="selection">{selection.text}</blockquote>
          {detected.length === 0 && <p class="muted">{t('needsNoneRecognised')}</p>}
          <NeedChips
            categories={categories}
            evidence={evidence}
            onRemove={(category) => setCategories((list) => list.filter((c) => c !== category))}
            onAdd={(category) => setCategories((list) => [...list, category])}
          />
        </section>
      )}
      <PartnerSearch
        categories={categories}
        thematiques={thematiques}
        initialQuery={fallbackQuery}
        browseLabel={t('needsResultsLabel')}
        hint={t('panelStandaloneHint')}
      />
    </>
  );
}
