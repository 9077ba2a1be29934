import { entryForNetwork } from '../../lib/reference';
import { labelOf } from '../../lib/taxonomy';
import { t } from '../../lib/i18n';
import { TranslatedWithData } from '../translated-with-data';
import { EntryLink } from '../reference/EntryLink';

/** « Mission Locale — porté par … · financé par … », from the partner's network, linking to its entry. */
export function CarrierLine({ networks }: { networks: readonly string[] | null | undefined }) {
  const list = networks ?? [];
  if (list.length === 0) return null;
  const entry = list.map((network) => entryForNetwork(network)).find((found) => found !== undefined);
  if (!entry) return <p class="muted">{t('cardCarriedBy')} <span lang="fr">{list.map((n) => labelOf('reseau', n)).join(', ')}</span></p>;
  return (
    <p class="muted carrier-line">
      <EntryLink id={entry.id}><span lang="fr">{entry.sigle ?? entry.nom}</span></EntryLink> — <TranslatedWithData id="refCarrierLine" data={[entry.porteur, entry.financeurs.join(', ')]} />
    </p>
  );
}
