import type { Partner, Service } from '../../lib/schema';

/** A complete data·inclusion structure with every optional field null, then the given fields. */
export function makePartner(fields: Partial<Partner> & Pick<Partner, 'id' | 'nom'>): Partner {
  return {
    source: 'bench',
    date_maj: '2026-03-01',
    reseaux_porteurs: null,
    siret: null,
    description: null,
    telephone: null,
    courriel: null,
    site_web: null,
    lien_source: null,
    accessibilite_lieu: null,
    horaires_accueil: null,
    adresse: null,
    complement_adresse: null,
    commune: null,
    code_postal: null,
    code_insee: null,
    latitude: null,
    longitude: null,
    services: [],
    ...fields,
  };
}

export function makeService(fields: Partial<Service> & Pick<Service, 'id' | 'structure_id' | 'nom'>): Service {
  return {
    source: 'bench',
    description: 'Service proposé par la structure.',
    date_maj: '2026-03-01',
    type: 'accompagnement',
    thematiques: null,
    publics: null,
    publics_precisions: null,
    conditions_acces: null,
    frais: null,
    frais_precisions: null,
    horaires_accueil: null,
    telephone: null,
    courriel: null,
    contact_nom_prenom: null,
    lien_mobilisation: null,
    lien_source: null,
    modes_accueil: null,
    modes_mobilisation: null,
    mobilisable_par: null,
    mobilisation_precisions: null,
    zone_eligibilite: null,
    adresse: null,
    complement_adresse: null,
    commune: null,
    code_postal: null,
    code_insee: null,
    latitude: null,
    longitude: null,
    nombre_semaines: null,
    volume_horaire_hebdomadaire: null,
    ...fields,
  };
}
