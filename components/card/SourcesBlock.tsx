import { useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import type { GroupedPartner } from '../../lib/db';
import { splitFromGroup } from '../../lib/db';
import { reportMailto } from '../../lib/card-text';
import { CONTACT_FIELDS, type ContactField, type MergedField } from '../../lib/directory';
import { formatIsoDay, t, type MessageKey } from '../../lib/i18n';
import { dataSourceLabel } from '../../lib/taxonomy';
import { useDb } from '../db-context';
import { shownSourceLabel } from '../options/source-label';
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

/** « autre numéro selon … »: a value the card does not show because a more trusted source has another. */
const OTHER_LABEL: Record<ContactField, MessageKey> = {
  nom: 'groupOtherName',
  telephone: 'groupOtherPhone',
  courriel: 'groupOtherEmail',
  site_web: 'groupOtherWebsite',
  adresse: 'groupOtherAddress',
};

/**
 * The records a merged card was made from, most trusted source first: each with the directory
 * that brought it, its date and link, what the card took from it, the values it gives that the
 * card does not show (« autre numéro selon … », as plain text: never a link to call or open),
 * « Signaler une erreur » to that directory's coordinator, and « Ce ne sont pas les mêmes » to
 * split a record the grouping joined wrongly.
 */
export function SourcesBlock({ partner, onSplit }: SourcesBlockProps) {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const sources = useLiveQuery(() => db.sources.toArray(), [db]);
  const group = partner.group;
  // Each record is told by the directory that brought it: until the directories are read, a
  // record's own `source` field (a subscription may claim « repere ») must not stand for it.
  if (!group || sources === undefined) return null;
  const ids = group.members.map((m) => m.id);

  async function split(memberId: string) {
    setBusy(true);
    await splitFromGroup(db, memberId, ids);
    onSplit();
  }

  return (
    <section class="card__section" aria-labelledby="card-sources">
      <h3 id="card-sources">{t('groupSources', group.members.length)}</h3>
      {group.reasons.length > 0 && <p class="muted">{t('groupWhy', group.reasons.map((reason) => t(reason)).join(', '))}</p>}
      <ul class="plain sources">
        {group.members.map((member, index) => {
          const gives = (Object.entries(group.fields) as [MergedField, number][]).filter(([, from]) => from === index).map(([field]) => t(FIELD_LABEL[field]));
          const label = dataSourceLabel(member.source);
          const directory = sources?.find((s) => s.id === member.origin);
          const directoryLabel = directory ? shownSourceLabel(directory) : undefined;
          const from = directoryLabel ?? label;
          return (
            <li key={member.id} class="sources__item">
              <strong>{label}</strong>
              {directoryLabel && directoryLabel !== label && <> ({t('groupVia', directoryLabel)})</>} — {t('groupUpdated', formatIsoDay(member.date_maj))}
              {member.lien_source && (
                <>
                  {' · '}
                  <SafeLink href={member.lien_source} label={t('groupOpenSource', label)}>{t('groupSourceLink')}</SafeLink>
                </>
              )}
              <br />
              <span class="muted">« {member.nom} »{gives.length > 0 && ` · ${t('groupGives', gives.join(', '))}`}</span>
              {member.others && (
                <ul class="plain sources__others">
                  {CONTACT_FIELDS.filter((field) => member.others?.[field]).map((field) => (
                    <li key={field}>{t(OTHER_LABEL[field], from, member.others![field]!)}</li>
                  ))}
                </ul>
              )}
              <br />
              <a class="link-button no-print" href={reportMailto(member, from, directory?.coordinatorEmail)} aria-label={t('groupReportLabel', from, member.nom)}>
                {t('groupReport', from)}
              </a>
              {' · '}
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
