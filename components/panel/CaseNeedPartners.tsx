import { useEffect, useState } from 'preact/hooks';
import type { PartnerSummary } from '../../lib/search';
import type { Directory } from '../search/use-directory';
import { t } from '../../lib/i18n';
import { groupPhone, telHref } from '../../lib/contact';
import { hoursStateAt } from '../../lib/hours';
import { HoursWord } from '../search/HoursWord';
import { SafeLink } from '../SafeLink';

const FIRST = 3;
const ALL = 30;

interface CaseNeedPartnersProps {
  directory: Directory | undefined;
  category: string;
  label: string;
  thematiques: readonly string[];
  territory: readonly string[];
  favourites: ReadonlySet<string>;
  onOpen: (partner: PartnerSummary) => void;
}

/**
 * The best partners for one need of the file, ranked as the right-click panel ranks them (the
 * directory's browse by need: coverage, exact thematique, territory, favourites); « voir tout ».
 */
export function CaseNeedPartners({ directory, category, label, thematiques, territory, favourites, onOpen }: CaseNeedPartnersProps) {
  const [all, setAll] = useState(false);
  const [partners, setPartners] = useState<PartnerSummary[]>();
  useEffect(() => {
    if (!directory) return;
    let live = true;
    directory
      .search('', { limit: all ? ALL : FIRST + 1, categories: [category], thematiques, territory, favourites })
      .then((hits) => live && setPartners(hits.map((hit) => hit.partner)), () => live && setPartners([]));
    return () => {
      live = false;
    };
  }, [directory, category, thematiques, territory, favourites, all]);

  if (!partners) return <p class="muted">{t('loading')}</p>;
  if (partners.length === 0) return <p class="muted">{t('caseNoPartner')}</p>;
  const shown = all ? partners : partners.slice(0, FIRST);
  const now = new Date();
  return (
    <>
      <ul class="case-partners">
        {shown.map((partner) => (
          <li key={partner.id}>
            <button type="button" class="case-partner" onClick={() => onOpen(partner)}>
              <span class="case-partner__name" lang="fr">{partner.nom}</span>
              <span class="case-partner__meta">{[partner.code_postal, partner.commune].filter(Boolean).join(' ')}</span>
            </button>
            <PartnerReach partner={partner} now={now} />
          </li>
        ))}
      </ul>
      {(all || partners.length > FIRST) && (
        <button type="button" class="link-button" aria-label={all ? undefined : t('caseSeeAllLabel', label)} aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('caseSeeFewer') : t('caseSeeAll')}
        </button>
      )}
    </>
  );
}

/**
 * The phone (a tel: link, to call without opening the card) and open or closed now, as the
 * search's result rows say it; nothing when the record has neither.
 */
function PartnerReach({ partner, now }: { partner: PartnerSummary; now: Date }) {
  const tel = telHref(partner.telephone);
  const phone = groupPhone(partner.telephone);
  if (!partner.telephone && !partner.horaires_accueil) return null;
  return (
    <span class="case-partner__reach">
      {partner.telephone && (tel ? (
        <SafeLink href={tel} label={t('cardCall', phone)}>
          <span aria-hidden="true">☎ </span>
          <span class="phone">{phone}</span>
        </SafeLink>
      ) : <span class="phone">{phone}</span>)}
      {partner.horaires_accueil && <HoursWord state={hoursStateAt(partner.horaires_accueil, now)} />}
    </span>
  );
}
