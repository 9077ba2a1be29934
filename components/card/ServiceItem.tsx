import type { Service } from '../../lib/schema';
import { groupPhone, mailtoHref, telHref } from '../../lib/contact';
import { displayLabel } from '../../lib/taxonomy';
import { t } from '../../lib/i18n';
import { SafeLink } from '../SafeLink';

/** What the card already shows once for the whole partner. */
export interface SharedContact {
  telephone?: string | null;
  courriel?: string | null;
  contact?: string | null;
}

interface ServiceItemProps {
  service: Service;
  shared?: SharedContact;
  /** Shown unfolded (a partner with one service); otherwise its name opens it. */
  open?: boolean;
}

const compact = (value: string | null | undefined) => (value ?? '').replace(/[\s.\-()\u00a0]/g, '').toLowerCase();
/** A service's own value, or null when the card already shows the same one at the top. */
const own = (value: string | null | undefined, shown: string | null | undefined) => (value && compact(value) !== compact(shown) ? value : null);

/** One service of a partner: what it does, for whom, who to ask, how to mobilise it. */
export function ServiceItem({ service, shared = {}, open = false }: ServiceItemProps) {
  const publics = (service.publics ?? []).map((p) => displayLabel('public', p));
  const modes = (service.modes_mobilisation ?? []).map((m) => displayLabel('modeMobilisation', m));
  const phone = own(service.telephone, shared.telephone);
  const email = own(service.courriel, shared.courriel);
  const contact = own(service.contact_nom_prenom, shared.contact);
  const tel = telHref(phone);
  const mail = mailtoHref(email);
  return (
    <li class="service">
      <details class="service__fold" open={open}>
        <summary>
          <h4>
            <span lang="fr">{service.nom}</span>
            {service.type && <span class="muted"> · {displayLabel('type', service.type)}</span>}
            {service.frais && <span class="muted"> · {displayLabel('frais', service.frais)}</span>}
          </h4>
        </summary>
        {(service.thematiques ?? []).length > 0 && (
          <p class="service__themes">
            <strong>{t('fieldLabel', t('cardThematiques'))}</strong> {(service.thematiques ?? []).map((th) => displayLabel('thematique', th)).join(' · ')}
          </p>
        )}
        {publics.length > 0 && (
          <p><strong>{t('fieldLabel', t('cardPublics'))}</strong> {publics.join(', ')}{service.publics_precisions && <span lang="fr"> — {service.publics_precisions}</span>}</p>
        )}
        {service.conditions_acces && <p><strong>{t('fieldLabel', t('cardConditions'))}</strong> <span lang="fr">{service.conditions_acces}</span></p>}
        {contact && <p><strong>{t('fieldLabel', t('cardContact'))}</strong> {contact}</p>}
        {(tel || mail) && (
          <p class="links">
            {tel && <SafeLink href={tel}>{groupPhone(phone)}</SafeLink>}
            {mail && <SafeLink href={mail}>{email}</SafeLink>}
          </p>
        )}
        {(modes.length > 0 || service.mobilisation_precisions) && (
          <p>
            <strong>{t('fieldLabel', t('cardMobilisation'))}</strong> {modes.join(', ')}
            {service.mobilisation_precisions && <span lang="fr">{`${modes.length ? ' — ' : ''}${service.mobilisation_precisions}`}</span>}
          </p>
        )}
        {service.lien_mobilisation && (
          <p class="no-print">
            <SafeLink href={service.lien_mobilisation} class="button" label={`${t('fieldLabel', t('cardMobiliseButton'))} ${service.nom}`}>{t('cardMobiliseButton')}</SafeLink>
          </p>
        )}
        <p class="service__description" lang="fr">{service.description}</p>
      </details>
    </li>
  );
}
