/**
 * The producers whose records data·inclusion consolidates (its `source` field), as a counsellor
 * knows them. Data, not code: an unknown source is shown as written.
 */
export const DATA_SOURCE_LABELS: Readonly<Record<string, string>> = {
  dora: 'DORA',
  soliguide: 'Soliguide',
  'france-travail': 'France Travail',
  monenfant: 'monenfant.fr',
  'emplois-de-linclusion': 'Les emplois de l’inclusion',
  'mes-aides': 'Mes Aides',
  'mediation-numerique': 'Cartographie de l’inclusion numérique',
  'carif-oref': 'Carif-Oref',
  'action-logement': 'Action Logement',
  agefiph: 'Agefiph',
  'reseau-alpha': 'Réseau Alpha',
  fredo: 'Fredo',
  'ma-boussole-aidants': 'Ma Boussole Aidants',
  cd35: 'Département d’Ille-et-Vilaine',
  cd72: 'Département de la Sarthe',
  'un-jeune-une-solution': '1 jeune 1 solution',
  'data-inclusion': 'data·inclusion',
};

export function dataSourceLabel(source: string): string {
  return DATA_SOURCE_LABELS[source] ?? source;
}
