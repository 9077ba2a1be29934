import type { StoredPartner } from '../../lib/db';
import { seeAllQuery, type ReferenceEntry } from '../../lib/reference';
import { t } from '../../lib/i18n';
import { useNetworkPartners } from './use-network-partners';

interface LocalPartnersProps {
  entry: ReferenceEntry;
  /** Opens a partner's card in place (popup); without it, names are plain text. */
  onOpenPartner?: (partner: StoredPartner) => void;
  /** Lists every partner of the network in the search box in place; without it, a link to the popup page. */
  onSeeAll?: (query: string) => void;
}

/** « N partenaires de ce réseau dans votre annuaire », the first few, and « voir tout » as a search. */
export function LocalPartners({ entry, onOpenPartner, onSeeAll }: LocalPartnersProps) {
  const found = useNetworkPartners(entry.reseaux_porteurs);
  const query = seeAllQuery(entry);
  if (!entry.reseaux_porteurs?.length || !found) return null;
  return (
    <section class="local-partners" aria-labelledby="local-partners-title">
      <h2 id="local-partners-title">{t('refLocalTitle')}</h2>
      <p role="status">{found.count === 0 ? t('refLocalNone') : found.count === 1 ? t('refLocalOne') : t('refLocalCount', found.count)}</p>
      {found.first.length > 0 && (
        <ul class="plain local-partners__list">
          {found.first.map((partner) => (
            <li key={partner.id}>
              {onOpenPartner ? (
                <button type="button" class="link-button" onClick={() => onOpenPartner(partner)}>{partner.nom}</button>
              ) : (
                <span>{partner.nom}</span>
              )}
              {partner.commune && <span class="muted"> · {partner.commune}</span>}
            </li>
          ))}
        </ul>
      )}
      {query && found.count > found.first.length && (
        onSeeAll ? (
          <button type="button" onClick={() => onSeeAll(query)}>{t('refSeeAll', found.count)}</button>
        ) : (
          <a href={`/popup.html?q=${encodeURIComponent(query)}`} target="_blank">{t('refSeeAll', found.count)}</a>
        )
      )}
    </section>
  );
}
