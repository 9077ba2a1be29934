import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PersonDataFinding, PersonDataKind } from '../../lib/partnership';
import { t, type MessageKey } from '../../lib/i18n';

const LABELS: Record<PersonDataKind, MessageKey> = {
  nir: 'followPersonNir',
  'birth-date': 'followPersonBirth',
  phone: 'followPersonPhone',
};

interface PersonDataWarningProps {
  findings: readonly PersonDataFinding[];
  onConfirm: () => void;
  onEdit: () => void;
}

/** Stops a note that looks like it holds a person's data until the counsellor rephrases or confirms. */
export function PersonDataWarning({ findings, onConfirm, onEdit }: PersonDataWarningProps) {
  const edit = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => edit.current?.focus(), []);
  return (
    <div role="alert" class="person-warning">
      <p class="warning">{t('followPersonTitle')}</p>
      <ul>
        {findings.map((finding, i) => <li key={i}>{t(LABELS[finding.kind])} : « {finding.excerpt} »</li>)}
      </ul>
      <p>{t('followPersonAdvice')}</p>
      <button type="button" ref={edit} onClick={onEdit}>{t('followPersonEdit')}</button>{' '}
      <button type="button" class="danger" onClick={onConfirm}>{t('followPersonConfirm')}</button>
    </div>
  );
}
