import type { Partner } from './schema';
import { labelOf } from './taxonomy';
import { t } from './i18n';
import { namedContacts, postalAddress } from './contact';

/**
 * Plain text a counsellor pastes into an e-mail or a case note. Apart from lib/contact.ts:
 * the networks' labels (the taxonomy, 25 KB) load with the card, not with the popup's result rows,
 * which read lib/contact.ts for their phone (issue 20).
 */
export function contactText(partner: Partner): string {
  const networks = (partner.reseaux_porteurs ?? []).map((n) => labelOf('reseau', n)).join(', ');
  const lines = [
    partner.nom,
    networks && t('contactTextCarriedBy', networks),
    ...namedContacts(partner).map((name) => t('notesOverviewContact', name)),
    partner.telephone && t('contactTextPhone', partner.telephone),
    partner.courriel && t('contactTextEmail', partner.courriel),
    postalAddress(partner) && t('contactTextAddress', postalAddress(partner)),
    partner.site_web && t('contactTextSite', partner.site_web),
  ];
  return lines.filter(Boolean).join('\n');
}
