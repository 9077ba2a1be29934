import type { ReferenceEntry } from '../../lib/reference';
import { t } from '../../lib/i18n';
import { EntryLink } from '../reference/EntryLink';
import '../reference/reference.css';

export const REFERENCE_RESULT_ID = 'reference-result';

interface ReferenceResultProps {
  entry: ReferenceEntry;
  /** Enter in the search box opens it (the combobox's active descendant). */
  selected: boolean;
}

/** The « Référence » result above the partners: the scheme the query names, who carries and funds it. */
export function ReferenceResult({ entry, selected }: ReferenceResultProps) {
  return (
    <div class={`reference-result${selected ? ' reference-result--active' : ''}`}>
      <p class="reference-result__kind">{t('refKind')}</p>
      <span class="reference-result__name">
        <EntryLink id={entry.id} elementId={REFERENCE_RESULT_ID}>{entry.sigle ? `${entry.sigle} — ${entry.nom}` : entry.nom}</EntryLink>
      </span>
      <span class="reference-result__meta">{t('refCarrierLine', entry.porteur, entry.financeurs.join(', '))}</span>
    </div>
  );
}
