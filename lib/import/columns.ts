import type { TaxonomyKind } from '../taxonomy';

/** How a cell's text becomes a data·inclusion value. */
export type CellKind = 'text' | 'list' | 'number' | 'date' | 'phone' | 'postcode';

export interface ColumnSpec {
  /** data·inclusion field name (services' own name and description carry a `_service` suffix here). */
  column: string;
  /** Which record the value goes to, and under which field name. */
  target: 'structure' | 'service';
  field: string;
  kind: CellKind;
  /** For lists of a closed data·inclusion list: labels are accepted as well as values. */
  taxonomy?: TaxonomyKind;
  /** Natural French headings accepted for this column (besides the field name). */
  labels: string[];
  required?: boolean;
  /** For the options page and the template, in French. */
  help: string;
  example: string;
}

const s = (column: string, kind: CellKind, labels: string[], help: string, example: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  column, target: 'structure', field: column, kind, labels, help, example, ...extra,
});
const v = (column: string, field: string, kind: CellKind, labels: string[], help: string, example: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  column, target: 'service', field, kind, labels, help, example, ...extra,
});

/**
 * The columns a team spreadsheet may have. One row is one structure; the service columns, when
 * filled, describe what it offers (one service per row). Order = order of the template.
 */
export const CSV_COLUMNS: readonly ColumnSpec[] = [
  s('id', 'text', ['identifiant', 'ref', 'référence'], 'Identifiant stable de la structure. Vide : Repère le déduit du nom et du code postal.', 'ml-thau'),
  s('nom', 'text', ['nom de la structure', 'structure', 'raison sociale', 'partenaire', 'organisme'], 'Nom de la structure (obligatoire, 3 caractères au moins).', 'Mission Locale du Bassin de Thau', { required: true }),
  s('reseaux_porteurs', 'list', ['réseau porteur', 'réseaux porteurs', 'réseau', 'porteur'], 'Réseau(x) porteur(s) data·inclusion, par valeur ou libellé, séparés par « ; ».', 'mission-locale', { taxonomy: 'reseau' }),
  s('description', 'text', ['présentation', 'missions'], 'Ce que fait la structure.', 'Accompagne les jeunes de 16 à 25 ans vers l’emploi.'),
  s('adresse', 'text', ['adresse postale', 'rue'], 'Numéro et rue.', '2 rue du Port'),
  s('complement_adresse', 'text', ['complément d’adresse', 'complément adresse', 'complément'], 'Bâtiment, étage…', ''),
  s('code_postal', 'postcode', ['code postal', 'cp'], 'Code postal à 5 chiffres.', '34200'),
  s('commune', 'text', ['ville', 'localité'], 'Commune.', 'Sète'),
  s('code_insee', 'text', ['code insee', 'insee', 'code commune'], 'Code INSEE de la commune.', '34301'),
  s('telephone', 'phone', ['téléphone', 'tél', 'tel', 'numéro de téléphone', 'standard'], 'Téléphone.', '04 67 00 00 00'),
  s('courriel', 'text', ['e-mail', 'email', 'mail', 'adresse e-mail', 'adresse mail', 'adresse électronique'], 'Adresse e-mail.', 'contact@ml-thau.example'),
  s('site_web', 'text', ['site web', 'site internet', 'site', 'url'], 'Adresse du site (https://…).', 'https://ml-thau.example'),
  s('horaires_accueil', 'text', ['horaires', 'horaires d’accueil', 'heures d’ouverture'], 'Horaires au format OpenStreetMap.', 'Mo-Fr 08:30-12:30,13:30-17:00'),
  s('siret', 'text', ['n° siret', 'numéro siret'], 'SIRET à 14 chiffres.', ''),
  s('date_maj', 'date', ['date de mise à jour', 'mise à jour', 'date maj', 'mis à jour le', 'maj'], 'Date de mise à jour (AAAA-MM-JJ ou JJ/MM/AAAA). Colonne absente : la date de l’import.', '2026-03-12'),
  s('source', 'text', ['origine'], 'Qui publie la donnée. Absente : le nom du fichier.', 'equipe-thau'),
  s('latitude', 'number', [], 'Latitude (décimale).', ''),
  s('longitude', 'number', [], 'Longitude (décimale).', ''),
  s('lien_source', 'text', ['lien source'], 'Page d’origine de la fiche.', ''),
  v('nom_service', 'nom', 'text', ['service', 'nom du service', 'prestation', 'dispositif'], 'Nom du service proposé. Vide : le nom de la structure.', 'Contrat d’engagement jeune'),
  v('description_service', 'description', 'text', ['description du service', 'détail du service'], 'Description du service. Vide : celle de la structure.', 'Accompagnement intensif de 6 à 12 mois.'),
  v('thematiques', 'thematiques', 'list', ['thématiques', 'thématique', 'thèmes', 'besoins'], 'Thématiques data·inclusion, par valeur ou libellé, séparées par « ; ».', 'mobilite--preparer-un-permis', { taxonomy: 'thematique' }),
  v('publics', 'publics', 'list', ['public', 'publics visés', 'public cible'], 'Publics data·inclusion, séparés par « ; ».', 'jeunes', { taxonomy: 'public' }),
  v('contact_nom_prenom', 'contact_nom_prenom', 'text', ['contact', 'référent', 'référente', 'nom du contact', 'interlocuteur', 'personne à contacter'], 'Personne à contacter.', 'Samira Benali'),
  v('conditions_acces', 'conditions_acces', 'text', ['conditions d’accès', 'conditions'], 'Conditions d’accès.', ''),
  v('frais', 'frais', 'text', ['coût', 'tarif'], 'Frais (valeur data·inclusion, p. ex. « gratuit »).', 'gratuit'),
  v('modes_mobilisation', 'modes_mobilisation', 'list', ['modes de mobilisation', 'comment mobiliser'], 'Comment mobiliser le service (valeurs ou libellés, « ; »).', 'telephoner', { taxonomy: 'modeMobilisation' }),
  v('mobilisable_par', 'mobilisable_par', 'list', ['mobilisable par', 'orientation par'], 'Qui peut mobiliser (valeurs ou libellés, « ; »).', 'professionnels', { taxonomy: 'personneMobilisatrice' }),
  v('mobilisation_precisions', 'mobilisation_precisions', 'text', ['modalités d’orientation', 'comment orienter', 'précisions de mobilisation'], 'Comment orienter une personne.', 'Fiche de liaison par e-mail'),
  v('lien_mobilisation', 'lien_mobilisation', 'text', ['lien de mobilisation', 'lien d’orientation'], 'Lien pour orienter (https://…).', ''),
  v('zone_eligibilite', 'zone_eligibilite', 'list', ['zone', 'zone d’éligibilité', 'territoire'], 'Codes INSEE, départements ou EPCI couverts, « ; ».', '34'),
];

/** "Code postal", "CODE_POSTAL", "code-postal" and "Code  postal" are the same heading. */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const BY_HEADING = new Map<string, ColumnSpec>();
for (const spec of CSV_COLUMNS) {
  for (const heading of [spec.column, ...spec.labels]) {
    const key = normalizeHeading(heading);
    if (!BY_HEADING.has(key)) BY_HEADING.set(key, spec);
  }
}

/** The column a heading stands for, or undefined when Repère does not know it. */
export function columnOfHeading(heading: string): ColumnSpec | undefined {
  return BY_HEADING.get(normalizeHeading(heading));
}
