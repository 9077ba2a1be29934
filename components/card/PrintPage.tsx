import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../use-live-query';
import { getGroupedPartner } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useDb } from '../db-context';
import { LazyPartnerCard, preloadPartnerCard } from './LazyPartnerCard';

interface PrintPageProps {
  partnerId: string;
}

/**
 * A partner's card alone in a tab, printed as soon as it is shown: the toolbar popup closes
 * when the print dialog takes the focus, so its « Imprimer » prints from here.
 */
export function PrintPage({ partnerId }: PrintPageProps) {
  const db = useDb();
  const partner = useLiveQuery(() => getGroupedPartner(db, partnerId).then((found) => found ?? null), [db, partnerId]);
  // Printed once the record and the card's code are both there (the card is then drawn at once).
  const [cardReady, setCardReady] = useState(false);
  useEffect(() => {
    void preloadPartnerCard().then(() => setCardReady(true));
  }, []);
  useEffect(() => {
    if (partner && cardReady) setTimeout(() => window.print());
  }, [partner?.id, cardReady]);
  if (partner === undefined || !cardReady) return null;
  if (partner === null) return <p role="alert" class="error">{t('actPrintMissing')}</p>;
  // The page's h1, as on card.html: the card's name is its h2, its parts h3.
  return (
    <>
      <h1 class="visually-hidden">{t('cardPageHeading')}</h1>
      <LazyPartnerCard partner={partner} onBack={() => window.close()} />
    </>
  );
}

export { printRequest } from './print-request';
