import { useLiveQuery } from '../use-live-query';
import { directoryHoldings } from '../../lib/db';
import { t, tn } from '../../lib/i18n';
import type { TerritoryPlace } from '../../lib/schema';
import { useDb } from '../db-context';

interface WelcomeHoldingsProps {
  territory: readonly TerritoryPlace[];
  /** Back to the step that adds local partners. */
  onAddLocal: () => void;
}

/**
 * The welcome's last step says what the directory holds, by territory: « 66 numéros nationaux,
 * aucun partenaire de Tourcoing » is not « C'est prêt ».
 */
export function WelcomeHoldings({ territory, onAddLocal }: WelcomeHoldingsProps) {
  const db = useDb();
  const holdings = useLiveQuery(() => directoryHoldings(db, territory), [db, territory]);
  if (!holdings) return null;
  const place = territory.map((p) => p.label).join(', ');
  const hasTerritory = territory.length > 0;
  const ready = hasTerritory ? holdings.local > 0 : holdings.elsewhere > 0;
  return (
    <div id="welcome-holdings">
      <p>{hasTerritory ? t('welcomeTerritoryChosen', place) : t('welcomeNoTerritory')}</p>
      <p>{t('welcomeHoldsIntro')}</p>
      <ul class="welcome-holdings">
        <li>{holdings.national === 0 ? t('welcomeHoldsNoNational') : tn(holdings.national, 'welcomeHoldsNationalOne', 'welcomeHoldsNationalOther')}</li>
        {hasTerritory && <li class={holdings.local === 0 ? 'welcome-holdings__none' : undefined}>{holdings.local === 0 ? t('welcomeHoldsNoLocal', place) : tn(holdings.local, 'welcomeHoldsLocalOne', 'welcomeHoldsLocalOther', place)}</li>}
        {(holdings.elsewhere > 0 || !hasTerritory) && <li>{tn(holdings.elsewhere, hasTerritory ? 'welcomeHoldsElsewhereOne' : 'welcomeHoldsOwnOne', hasTerritory ? 'welcomeHoldsElsewhereOther' : 'welcomeHoldsOwnOther')}</li>}
      </ul>
      {ready ? (
        <>
          <p>{t('welcomeReady')}</p>
          {holdings.examples.length > 0 && (
            <>
              <p id="welcome-examples-title">{t('welcomeExamples', place)}</p>
              <ul class="welcome-examples" aria-labelledby="welcome-examples-title">
                {holdings.examples.map((partner) => (
                  <li key={partner.id}>
                    <a href={`card.html?id=${encodeURIComponent(partner.id)}`} target="_blank">
                      {partner.nom}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p class="welcome-warning">
          {t('welcomeNothingLocal')}{' '}
          <button type="button" onClick={onAddLocal}>
            {t('welcomeAddLocal')}
          </button>
        </p>
      )}
    </div>
  );
}
