import type { PersonDataFinding, PersonDataKind } from '../../lib/partnership';
import { t, type MessageKey } from '../../lib/i18n';

const LABELS: Record<PersonDataKind, MessageKey> = {
  nir: 'followPersonNir',
  'birth-date': 'followPersonBirth',
  phone: 'followPersonPhone',
  email: 'followPersonEmail',
  address: 'followPersonAddress',
  iban: 'followPersonIban',
  'file-number': 'followPersonFileNumber',
};

/** « numéro de sécurité sociale », … for a finding's kind (also used by the import previews). */
export const personDataLabel = (kind: PersonDataKind) => t(LABELS[kind]);

interface PersonDataWarningProps {
  findings: readonly PersonDataFinding[];
  onConfirm: () => void;
  onEdit: () => void;
}

/**
 * Shown as soon as the note looks like it holds a person's data (the focus stays in the note);
 * nothing is saved until the counsellor rephrases or confirms.
 */
export function PersonDataWarning({ findings, onConfirm, onEdit }: PersonDataWarningProps) {
  return (
    <div role="alert" class="person-warning">
      <p class="warning">{t('followPersonTitle')}</p>
      <ul>
        {findings.map((finding, i) => <li key={i}>{t(LABELS[finding.kind])} : « {finding.excerpt} »</li>)}
      </ul>
      <p>{t('followPersonAdvice')}</p>
      <button type="button" onClick={onEdit}>{t('followPersonEdit')}</button>{' '}
      <button type="button" class="danger" onClick={onConfirm}>{t('followPersonConfirm')}</button>
    </div>
  );
}
