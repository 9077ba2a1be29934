import { useEffect, useState } from 'preact/hooks';
import { getGroupedPartner, type StoredPartner } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useDb } from '../../components/db-context';
import { PartnerCard } from '../../components/card/PartnerCard';

const partnerId = () => new URLSearchParams(location.search).get('id') ?? '';

/**
 * « Retour aux résultats » from a card opened by the address bar: the tab becomes the search,
 * on the words typed after `rp` (or the partner's name when a suggestion was picked). It never
 * closes the tab nor goes back to the web page the counsellor left.
 */
export function resultsPath(search: string, partnerName: string): string {
  const query = new URLSearchParams(search).get('q')?.trim() || partnerName;
  return `/popup.html?q=${encodeURIComponent(query)}`;
}

/** One partner's card in a tab (card.html?id=…), opened from the address bar: the popup's card component. */
export function App() {
  const db = useDb();
  const [partner, setPartner] = useState<StoredPartner | null>();
  useEffect(() => {
    const id = partnerId();
    void (id ? getGroupedPartner(db, id) : Promise.resolve(undefined)).then((found) => setPartner(found ?? null));
  }, [db]);
  useEffect(() => {
    if (partner) document.title = t('cardPageTitle', partner.nom);
  }, [partner]);

  return (
    <main>
      {partner && <h1 class="visually-hidden">{t('cardPageHeading')}</h1>}
      {partner && <PartnerCard partner={partner} onBack={() => location.assign(resultsPath(location.search, partner.nom))} />}
      {partner === null && (
        <>
          <h1>{t('cardPageMissing')}</h1>
          <p>{t('cardPageSearchHint')}</p>
        </>
      )}
    </main>
  );
}
