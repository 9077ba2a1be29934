import categories from './data-inclusion/categories.json';
import thematiques from './data-inclusion/thematiques.json';
import reseauxPorteurs from './data-inclusion/reseaux-porteurs.json';
import publics from './data-inclusion/publics.json';
import typesDeServices from './data-inclusion/types-de-services.json';
import frais from './data-inclusion/frais.json';
import modesAccueil from './data-inclusion/modes-accueil.json';
import modesMobilisation from './data-inclusion/modes-mobilisation.json';
import personnesMobilisatrices from './data-inclusion/personnes-mobilisatrices.json';
import labelsEn from './data-inclusion/labels-en.json';
import { uiLocale } from '../i18n';

export interface TaxonomyEntry {
  value: string;
  label: string;
}

/** Attribution required by the Licence Ouverte 2.0 wherever these lists are shown. */
export const DATA_INCLUSION_ATTRIBUTION =
  'Référentiels data·inclusion, schéma v1.0.8 (27 avril 2026), GIP Plateforme de l’inclusion — Licence Ouverte 2.0 (Etalab)';

export const CATEGORIES: readonly TaxonomyEntry[] = categories;
export const THEMATIQUES: readonly TaxonomyEntry[] = thematiques;
export const RESEAUX_PORTEURS: readonly TaxonomyEntry[] = reseauxPorteurs;
export const PUBLICS: readonly TaxonomyEntry[] = publics;
export const TYPES_DE_SERVICES: readonly TaxonomyEntry[] = typesDeServices;
export const FRAIS: readonly TaxonomyEntry[] = frais;
export const MODES_ACCUEIL: readonly TaxonomyEntry[] = modesAccueil;
export const MODES_MOBILISATION: readonly TaxonomyEntry[] = modesMobilisation;
export const PERSONNES_MOBILISATRICES: readonly TaxonomyEntry[] = personnesMobilisatrices;

/** zod's enum wants a non-empty tuple. */
export function valuesOf(list: readonly TaxonomyEntry[]): [string, ...string[]] {
  const values = list.map((entry) => entry.value);
  if (values.length === 0) throw new Error('empty taxonomy list');
  return values as [string, ...string[]];
}

function labelMap(list: readonly TaxonomyEntry[]): Map<string, string> {
  return new Map(list.map((entry) => [entry.value, entry.label]));
}

const labels = {
  categorie: labelMap(CATEGORIES),
  thematique: labelMap(THEMATIQUES),
  reseau: labelMap(RESEAUX_PORTEURS),
  public: labelMap(PUBLICS),
  type: labelMap(TYPES_DE_SERVICES),
  frais: labelMap(FRAIS),
  modeAccueil: labelMap(MODES_ACCUEIL),
  modeMobilisation: labelMap(MODES_MOBILISATION),
  personneMobilisatrice: labelMap(PERSONNES_MOBILISATRICES),
};

export type TaxonomyKind = keyof typeof labels;

/** French label of a closed-list value; the raw value when unknown (data is never hidden). */
export function labelOf(kind: TaxonomyKind, value: string): string {
  return labels[kind].get(value) ?? value;
}

const ENGLISH: Partial<Record<TaxonomyKind, Record<string, string>>> = labelsEn;

/**
 * The label shown in the interface: the official French label, or its English translation when
 * the interface speaks English. The value stored and searched stays the official one.
 */
export function displayLabel(kind: TaxonomyKind, value: string): string {
  if (uiLocale().startsWith('en')) {
    const english = ENGLISH[kind]?.[value];
    if (english) return english;
  }
  return labelOf(kind, value);
}

/** A list's entries with their interface labels, for a `<select>`. */
export function displayEntries(kind: TaxonomyKind, list: readonly TaxonomyEntry[]): TaxonomyEntry[] {
  return list.map((entry) => ({ value: entry.value, label: displayLabel(kind, entry.value) }));
}

/** A thematique is written `categorie--sous-thematique`. */
export function categoryOfThematique(thematique: string): string {
  return thematique.split('--')[0];
}

export { NETWORK_ALIASES, aliasesOfNetwork } from './network-aliases';
export { NAME_KINDS } from './structure-kinds';
export { DATA_SOURCE_LABELS, dataSourceLabel } from './data-sources';
export { NEED_LEXICON, type NeedLexiconEntry } from './need-lexicon';
