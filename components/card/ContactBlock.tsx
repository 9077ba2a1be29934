import type { Partner } from '../../lib/schema';
import { groupPhone, mailtoHref, namedContacts, postalAddress, telHref } from '../../lib/contact';
import { t } from '../../lib/i18n';
import { SafeLink } from '../SafeLink';

interface ContactBlockProps {
  partner: Partner;
}

/**
 * How to reach the partner, once for the whole card: the phone grouped two digits at a time
 * (read group by group), e-mail, website, address, and the named contact when there is one.
 */
export function ContactBlock({ partner }: ContactBlockProps) {
  const tel = telHref(partner.telephone);
  const mail = mailtoHref(partner.courriel);
  const address = postalAddress(partner);
  const contacts = namedContacts(partner);
  const phone = groupPhone(partner.telephone);

  return (
    <section class="card__section" aria-labelledby="card-contact-title">
      <h3 id="card-contact-title">{t('cardContactSection')}</h3>
      <ul class="plain contact-lines">
        {partner.telephone && (
          <li>
            {tel ? (
              <SafeLink href={tel} label={t('cardCall', phone)}>
                <span aria-hidden="true">☎ </span>
                <span class="phone">{phone}</span>
              </SafeLink>
            ) : (
              <span class="phone">{phone}</span>
            )}
          </li>
        )}
        {mail && <li><SafeLink href={mail}><span aria-hidden="true">✉ </span>{partner.courriel}</SafeLink></li>}
        {partner.site_web && <li><SafeLink href={partner.site_web}>{t('cardWebsite')}</SafeLink></li>}
        {address && <li>{address}</li>}
        {contacts.length === 1 && <li><strong>{t('fieldLabel', t('cardContact'))}</strong> {contacts[0]}</li>}
      </ul>
    </section>
  );
}
