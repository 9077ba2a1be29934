import { z } from 'zod';
import { frenchText } from '../i18n-french';
import {
  FRAIS,
  MODES_ACCUEIL,
  MODES_MOBILISATION,
  PERSONNES_MOBILISATRICES,
  PUBLICS,
  RESEAUX_PORTEURS,
  THEMATIQUES,
  TYPES_DE_SERVICES,
  valuesOf,
} from '../taxonomy';
import {
  codeInsee,
  codePostal,
  description,
  email,
  enumOf,
  httpUrl,
  isoDate,
  latitude,
  longitude,
  name,
  siret,
  text,
  zoneCode,
} from './fields';

export const ReseauPorteurSchema = enumOf(valuesOf(RESEAUX_PORTEURS), 'reasonListReseaux');
export const ThematiqueSchema = enumOf(valuesOf(THEMATIQUES), 'reasonListThematiques');
export const PublicSchema = enumOf(valuesOf(PUBLICS), 'reasonListPublics');
export const TypeServiceSchema = enumOf(valuesOf(TYPES_DE_SERVICES), 'reasonListTypes');
export const FraisSchema = enumOf(valuesOf(FRAIS), 'reasonListFrais');
export const ModeAccueilSchema = enumOf(valuesOf(MODES_ACCUEIL), 'reasonListModesAccueil');
export const ModeMobilisationSchema = enumOf(valuesOf(MODES_MOBILISATION), 'reasonListModesMobilisation');
export const PersonneMobilisatriceSchema = enumOf(valuesOf(PERSONNES_MOBILISATRICES), 'reasonListPersonnes');

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

/** Where a structure or a service welcomes people: the same fields in both records. */
const placeShape = {
  adresse: optional(text),
  complement_adresse: optional(text),
  commune: optional(text),
  code_postal: optional(codePostal),
  code_insee: optional(codeInsee),
  latitude: optional(latitude),
  longitude: optional(longitude),
};

/**
 * Field shapes of a data·inclusion v1 Structure. Required fields come first; every other
 * field is nullable. Kept as a plain shape so the importer can validate field by field.
 */
export const structureShape = {
  source: text,
  id: text,
  nom: name,
  date_maj: isoDate,
  reseaux_porteurs: optional(z.array(ReseauPorteurSchema)),
  siret: optional(siret),
  description: optional(description),
  telephone: optional(text),
  courriel: optional(email),
  site_web: optional(httpUrl),
  lien_source: optional(httpUrl),
  accessibilite_lieu: optional(httpUrl),
  horaires_accueil: optional(text),
  ...placeShape,
  /** data·inclusion's quality score (0–1), in its API's answers: kept to rank better records first. */
  score_qualite: z.number().min(0).max(1).nullable().optional(),
  /** data·inclusion's known duplicates of this structure in other sources (its API's `doublons`). */
  doublons: z.array(z.object({ source: text, id: text })).nullable().optional(),
};

export const serviceShape = {
  source: text,
  structure_id: text,
  id: text,
  nom: name,
  description,
  date_maj: isoDate,
  type: optional(TypeServiceSchema),
  thematiques: optional(z.array(ThematiqueSchema)),
  publics: optional(z.array(PublicSchema)),
  publics_precisions: optional(text),
  conditions_acces: optional(text),
  frais: optional(FraisSchema),
  frais_precisions: optional(text),
  horaires_accueil: optional(text),
  telephone: optional(text),
  courriel: optional(email),
  contact_nom_prenom: optional(text),
  lien_mobilisation: optional(httpUrl),
  lien_source: optional(httpUrl),
  modes_accueil: optional(z.array(ModeAccueilSchema)),
  modes_mobilisation: optional(z.array(ModeMobilisationSchema)),
  mobilisable_par: optional(z.array(PersonneMobilisatriceSchema)),
  mobilisation_precisions: optional(text),
  zone_eligibilite: optional(z.array(zoneCode)),
  ...placeShape,
  nombre_semaines: optional(z.number().int().min(1)),
  volume_horaire_hebdomadaire: optional(z.number().min(0)),
};

/** Fields without which a record is refused; the others are dropped (with a problem) when invalid. */
export const REQUIRED_STRUCTURE_FIELDS = ['source', 'id', 'nom', 'date_maj'] as const;
export const REQUIRED_SERVICE_FIELDS = ['source', 'structure_id', 'id', 'nom', 'description', 'date_maj'] as const;

export const StructureSchema = z.object(structureShape);
export const ServiceSchema = z
  .object(serviceShape)
  .refine((s) => !(s.publics && s.publics.includes('tous-publics') && s.publics.length > 1), {
    message: frenchText('reasonTousPublicsAlone'),
    path: ['publics'],
  });

export type Structure = z.infer<typeof StructureSchema>;
export type Service = z.infer<typeof ServiceSchema>;

/** A partner is a structure with its services: what the counsellor looks up. */
export const PartnerSchema = StructureSchema.extend({ services: z.array(ServiceSchema) });
export type Partner = z.infer<typeof PartnerSchema>;

export const ImportProblemSchema = z.object({
  line: z.number().int().optional(),
  recordId: z.string().optional(),
  /** The structure as the counsellor knows it (its name and commune), never its id: shown with the line. */
  recordName: z.string().optional(),
  recordCommune: z.string().optional(),
  /** A service's own name, when it differs from its structure's. */
  serviceName: z.string().optional(),
  field: z.string().optional(),
  message: z.string(),
  /** The message's key and values in `_locales`, so that the page shows it in the interface's language. */
  key: z.string().optional(),
  params: z.array(z.string()).optional(),
  /** The file it comes from, when several were read together. */
  file: z.string().optional(),
  /** `rejected`: the record was left out; `corrected`: kept without the faulty value. */
  severity: z.enum(['rejected', 'corrected']).optional(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;
