import type { MessageKey } from '../i18n';
import { frenchText } from '../i18n-french';

/** The words a counsellor reads for each data·inclusion field (never the field's own name). */
const FIELD_LABEL: Record<string, MessageKey> = {
  source: 'diFieldSource',
  id: 'diFieldId',
  nom: 'diFieldNom',
  date_maj: 'diFieldDateMaj',
  reseaux_porteurs: 'diFieldReseauxPorteurs',
  siret: 'diFieldSiret',
  description: 'diFieldDescription',
  telephone: 'diFieldTelephone',
  courriel: 'diFieldCourriel',
  site_web: 'diFieldSiteWeb',
  lien_source: 'diFieldLienSource',
  accessibilite_lieu: 'diFieldAccessibiliteLieu',
  horaires_accueil: 'diFieldHorairesAccueil',
  adresse: 'diFieldAdresse',
  complement_adresse: 'diFieldComplementAdresse',
  commune: 'diFieldCommune',
  code_postal: 'diFieldCodePostal',
  code_insee: 'diFieldCodeInsee',
  latitude: 'diFieldLatitude',
  longitude: 'diFieldLongitude',
  score_qualite: 'diFieldScoreQualite',
  doublons: 'diFieldDoublons',
  structure_id: 'diFieldStructureId',
  type: 'diFieldType',
  thematiques: 'diFieldThematiques',
  publics: 'diFieldPublics',
  publics_precisions: 'diFieldPublicsPrecisions',
  conditions_acces: 'diFieldConditionsAcces',
  frais: 'diFieldFrais',
  frais_precisions: 'diFieldFraisPrecisions',
  contact_nom_prenom: 'diFieldContactNomPrenom',
  lien_mobilisation: 'diFieldLienMobilisation',
  modes_accueil: 'diFieldModesAccueil',
  modes_mobilisation: 'diFieldModesMobilisation',
  mobilisable_par: 'diFieldMobilisablePar',
  mobilisation_precisions: 'diFieldMobilisationPrecisions',
  zone_eligibilite: 'diFieldZoneEligibilite',
  nombre_semaines: 'diFieldNombreSemaines',
  volume_horaire_hebdomadaire: 'diFieldVolumeHoraireHebdomadaire',
};

/**
 * The French label of a data·inclusion field (« Adresse e-mail » for `courriel`): import problems
 * carry it in French, and the page shows it in the interface's language (translateFrench).
 * An unknown field keeps its name.
 */
export function fieldLabel(field: string): string {
  const key = FIELD_LABEL[field];
  return key ? frenchText(key) : field;
}
