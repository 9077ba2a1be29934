import { useState } from 'preact/hooks';
import type { GroupedPartner } from '../../lib/db';
import { splitFromGroup } from '../../lib/db';
import type { MergedField } from '../../lib/directory';
import { formatIsoDay, t, type MessageKey } from '../../lib/i18n';
import { dataSourceLabel } from '../../lib/taxonomy';
import { useDb } from '../db-context';
import { SafeLink } from '../SafeLink';

interface SourcesBlockProps {
  partner: GroupedPartner;
  /** After « Ce ne sont pas les mêmes »: the card no longer stands for one structure. */
  onSplit: () => void;
}

const FIELD_LABEL: Record<MergedField, MessageKey> = {
  nom: 'groupFieldName',
  description: 'groupFieldDescription',
  telephone: 'groupFieldPhone',
  courriel: 'groupFieldEmail',
  site_web: 'groupFieldWebsite',
  horaires_accueil: 'groupFieldHours',
  siret: 'groupFieldSiret',
  accessibilite_lieu: 'groupFieldAccess',
  adresse: 'groupFieldAddress',
};


/**
 * The records a merged card was made from: each source with its date and link, what the card
 * took from it, and « Ce ne sont pas les mêmes » to split a record the grouping joined wrongly.
 */
export function SourcesBlock({ partner, onSplit }: SourcesBlockProps) {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const group = partner.group;
  if (!group) return null;
  const ids = group.members.map((m) => m.id);

  async function split(memberId: string) {
    setBusy(true);
    await splitFromGroup(db, memberId, ids);
    onSplit();
  }

  return (
    <section class="card__section" aria-labelledby="card-sources">
      <h3 id="card-sources">{t('groupSources', group.members.length)}</h3>
      {group.reasons.length > 0 && <p class="muted">{t('groupWhy', group.reasons.join(', '))}</p>}
      <ul class="plain sources">
        {group.members.map((member, index) => {
          const gives = (Object.entries(group.fields) as [MergedField, number][]).filter(([, from]) => from === index).map(([field]) => t(FIELD_LABEL[field]));
          const label = dataSourceLabel(member.source);
          return (
            <li key={member.id} class="sources__item">
              <strong>{label}</strong> — {t('groupUpdated', formatIsoDay(member.date_maj))}
              {member.lien_source && (
                <>
                  {' · '}
                  <SafeLink href={member.lien_source} label={t('groupOpenSource', label)}>{t('groupSourceLink')}</SafeLink>
                </>
              )}
              <br />
              <span class="muted">« {member.nom} »{gives.length > 0 && ` · ${t('groupGives', gives.join(', '))}`}</span>
              <br />
              <button type="button" class="link-button no-print" disabled={busy} aria-label={t('groupSplitLabel', label, member.nom)} onClick={() => void split(member.id)}>
                {t('groupSplit')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
