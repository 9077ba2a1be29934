import type { Service } from '../../lib/schema';
import { mailtoHref, telHref } from '../../lib/contact';
import { displayLabel } from '../../lib/taxonomy';
import { t } from '../../lib/i18n';
import { SafeLink } from '../SafeLink';

interface ServiceItemProps {
  service: Service;
}

/** One service of a partner: what it does, for whom, who to ask, how to mobilise it. */
export function ServiceItem({ service }: ServiceItemProps) {
  const publics = (service.publics ?? []).map((p) => displayLabel('public', p));
  const modes = (service.modes_mobilisation ?? []).map((m) => displayLabel('modeMobilisation', m));
  const tel = telHref(service.telephone);
  const mail = mailtoHref(service.courriel);
  return (
    <li class="service">
      <h4>
        {service.nom}
        {service.type && <span class="muted"> · {displayLabel('type', service.type)}</span>}
        {service.frais && <span class="muted"> · {displayLabel('frais', service.frais)}</span>}
      </h4>
      {(service.thematiques ?? []).length > 0 && (
        <ul class="chips" aria-label={t('cardThematiques')}>
          {(service.thematiques ?? []).map((th) => (
            <li key={th} class="chip">{displayLabel('thematique', th)}</li>
          ))}
        </ul>
      )}
      {publics.length > 0 && (
        <p><strong>{t('cardPublics')} :</strong> {publics.join(', ')}{service.publics_precisions ? ` — ${service.publics_precisions}` : ''}</p>
      )}
      {service.conditions_acces && <p><strong>{t('cardConditions')} :</strong> {service.conditions_acces}</p>}
      {service.contact_nom_prenom && <p><strong>{t('cardContact')} :</strong> {service.contact_nom_prenom}</p>}
      {(tel || mail) && (
        <p class="links">
          {tel && <SafeLink href={tel}>{service.telephone}</SafeLink>}
          {mail && <SafeLink href={mail}>{service.courriel}</SafeLink>}
        </p>
      )}
      {(modes.length > 0 || service.mobilisation_precisions) && (
        <p>
          <strong>{t('cardMobilisation')} :</strong> {modes.join(', ')}
          {service.mobilisation_precisions ? `${modes.length ? ' — ' : ''}${service.mobilisation_precisions}` : ''}
        </p>
      )}
      {service.lien_mobilisation && <p><SafeLink href={service.lien_mobilisation}>{t('cardMobilisationLink')}</SafeLink></p>}
      <details class="service__description">
        <summary>{t('cardServiceDetails')}</summary>
        <p>{service.description}</p>
      </details>
    </li>
  );
}
