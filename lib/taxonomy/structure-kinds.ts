/**
 * What a structure's own name says about the network it belongs to, when its record does not
 * say it (most open-data records carry no `reseaux_porteurs`): « Agence France Travail Tourcoing »
 * is a France Travail agency, « UTPAS de Roubaix » is the Nord's name for a département social
 * service. Search then indexes that network's aliases (NETWORK_ALIASES) with the structure, so
 * « ft tourcoing » or « mds roubaix » find it. Data, not code: phrases are written naturally and
 * folded by the consumer; a phrase matches whole words of the name, in order.
 *
 * « CHU » is deliberately absent from the `chu` phrases: in a name it is a hospital (« CHU de
 * Lille »); only « hébergement d’urgence » in a name makes a housing CHU.
 */
export const NAME_KINDS: Readonly<Record<string, readonly string[]>> = {
  'france-travail': ['France Travail', 'Pôle emploi'],
  'mission-locale': ['Mission Locale'],
  'cap-emploi-reseau-cheops': ['Cap emploi'],
  // Not « centre d’action sociale » alone: the Centre d’action sociale protestant is an association.
  'ccas-cias': ['CCAS', 'CIAS', 'CASVP', 'centre communal d’action sociale', 'centre intercommunal d’action sociale', 'centre d’action sociale de la ville'],
  'maisons-des-solidarites': [
    'MDS', 'MDSI', 'UTPAS', 'UTAS', 'CMS', 'EDS', 'MSD', 'CDAS',
    'maison départementale des solidarités', 'maison départementale de la solidarité', 'maison des solidarités',
    'centre médico-social', 'espace départemental des solidarités', 'centre départemental d’action sociale',
    'unité territoriale de prévention et d’action sociale', 'unité territoriale d’action sociale',
  ],
  departements: ['Conseil départemental', 'Conseil général', 'Maison du Département'],
  chu: ['hébergement d’urgence'],
  chrs: ['CHRS', 'centre d’hébergement et de réinsertion sociale'],
  ase: ['ASE', 'aide sociale à l’enfance'],
  pjj: ['PJJ', 'protection judiciaire de la jeunesse', 'UEMO', 'STEMO'],
  caf: ['CAF', 'caisse d’allocations familiales'],
  cpam: ['CPAM', 'caisse primaire d’assurance maladie'],
  mdph: ['MDPH', 'maison départementale des personnes handicapées'],
  plie: ['PLIE'],
  'france-service': ['France services', 'France service'],
  cidff: ['CIDFF'],
  'secours-populaire': ['Secours populaire'],
  'croix-rouge': ['Croix-Rouge'],
  'restos-du-coeur': ['Restos du cœur', 'Restaurants du cœur'],
  emmaus: ['Emmaüs'],
  'points-conseil-budget': ['Point conseil budget'],
};
