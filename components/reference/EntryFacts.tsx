import { referenceEntry, type ReferenceEntry } from '../../lib/reference';
import { displayLabel } from '../../lib/taxonomy';
import { formatIsoDay, t } from '../../lib/i18n';
import { SafeLink } from '../SafeLink';
import { EntryLink } from './EntryLink';


/** Who carries and funds a scheme, for whom, what it does, how to reach it, and the source. */
export function EntryFacts({ entry }: { entry: ReferenceEntry }) {
  const related = (entry.voir_aussi ?? []).map((id) => referenceEntry(id)).filter((e): e is ReferenceEntry => Boolean(e));
  return (
    <>
      <dl class="entry-facts">
        <dt>{t('refCarrier')}</dt>
        <dd lang="fr">{entry.porteur}</dd>
        <dt>{t('refFunders')}</dt>
        <dd lang="fr">{entry.financeurs.join(', ')}</dd>
        <dt>{t('refPublics')}</dt>
        <dd lang="fr">{entry.publics}</dd>
        <dt>{t('refMissions')}</dt>
        <dd lang="fr">{entry.missions}</dd>
        <dt>{t('refAccess')}</dt>
        <dd>
          <span lang="fr">{entry.acces}</span>
          {(entry.telephone || entry.site) && (
            <span class="entry-facts__links">
              {entry.telephone && <SafeLink href={`tel:${entry.telephone.replace(/\s/g, '')}`}>☎ {entry.telephone}</SafeLink>}
              {entry.site && <SafeLink href={entry.site}>{new URL(entry.site).host}</SafeLink>}
            </span>
          )}
        </dd>
        {entry.anciens_noms && entry.anciens_noms.length > 0 && (
          <>
            <dt>{t('refAlsoCalled')}</dt>
            <dd lang="fr">{entry.anciens_noms.join(', ')}</dd>
          </>
        )}
        {entry.categories && entry.categories.length > 0 && (
          <>
            <dt>{t('refNeeds')}</dt>
            <dd>
              <ul class="chips">
                {entry.categories.map((category) => <li key={category} class="chip">{displayLabel('categorie', category)}</li>)}
              </ul>
            </dd>
          </>
        )}
        {related.length > 0 && (
          <>
            <dt>{t('refSeeAlso')}</dt>
            <dd>
              <ul class="entry-facts__related">
                {related.map((other) => <li key={other.id}><EntryLink id={other.id}>{other.sigle ?? other.nom}</EntryLink></li>)}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p class="entry-facts__source muted">
        {t('refSource')} <SafeLink href={entry.source}>{new URL(entry.source).host}</SafeLink>, {t('refChecked', formatIsoDay(entry.verifie_le))}
      </p>
    </>
  );
}
