import { entryForNetwork } from '../../lib/reference';
import { labelOf } from '../../lib/taxonomy';
import { t } from '../../lib/i18n';
import { EntryLink } from '../reference/EntryLink';

/** « Mission Locale — porté par … · financé par … », from the partner's network, linking to its entry. */
export function CarrierLine({ networks }: { networks: readonly string[] | null | undefined }) {
  const list = networks ?? [];
  if (list.length === 0) return null;
  const entry = list.map((network) => entryForNetwork(network)).find((found) => found !== undefined);
  if (!entry) return <p class="muted">{t('cardCarriedBy')} {list.map((n) => labelOf('reseau', n)).join(', ')}</p>;
  return (
    <p class="muted carrier-line">
      <EntryLink id={entry.id}>{entry.sigle ?? entry.nom}</EntryLink> — {t('refCarrierLine', entry.porteur, entry.financeurs.join(', '))}
    </p>
  );
}
