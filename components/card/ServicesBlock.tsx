import type { Partner } from '../../lib/schema';
import { namedContacts } from '../../lib/contact';
import { t } from '../../lib/i18n';
import { ServiceItem, type SharedContact } from './ServiceItem';

interface ServicesBlockProps {
  partner: Partner;
}

/** The partner's services; the contact shown once at the top of the card is not repeated in each. */
export function ServicesBlock({ partner }: ServicesBlockProps) {
  if (partner.services.length === 0) return null;
  const contacts = namedContacts(partner);
  const shared: SharedContact = {
    telephone: partner.telephone,
    courriel: partner.courriel,
    contact: contacts.length === 1 ? contacts[0] : null,
  };
  return (
    <section class="card__section" aria-labelledby="card-services-title">
      <h3 id="card-services-title">{t('cardServices')}</h3>
      <ul class="plain">
        {partner.services.map((service) => <ServiceItem key={service.id} service={service} shared={shared} open={partner.services.length === 1} />)}
      </ul>
    </section>
  );
}
