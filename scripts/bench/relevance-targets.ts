import type { Partner } from '../../lib/schema';
import { REAL_COMMUNES } from './communes';
import { makePartner, makeService } from './records';

/**
 * The partners that the relevance queries are about: written by hand, as a counsellor's
 * directory has them, then mixed with thousands of generated distractors (same networks in
 * other towns, other networks in the same towns).
 */
interface TargetSpec {
  id: string;
  nom: string;
  network: string | null;
  commune: string;
  thematiques: string[];
  contact?: string;
  phone?: string;
  service?: string;
  description?: string;
}

const EMPLOI = 'trouver-un-emploi--repondre-a-des-offres-demploi';
const HEBERGEMENT = 'logement-hebergement--rechercher-une-solution-dhebergement-temporaire';
const DETTES = 'difficultes-financieres--situation-dendettement-surendettement';
const BUDGET = 'difficultes-financieres--ameliorer-sa-gestion-budgetaire';
const GARDE = 'famille--garde-denfants';
const VIOLENCES = 'famille--surmonter-conflits-separation-violence';
const ADDICTIONS = 'sante--addictions';
const PSY = 'sante--sante-mentale';
const MDPH = 'sante--constituer-un-dossier-mdph-invalidite';
const ALIMENTATION = 'equipement-et-alimentation--alimentation';
const PERMIS = 'mobilite--preparer-un-permis';
const VEHICULE = 'mobilite--acceder-a-un-vehicule';
const FRANCAIS = 'lecture-ecriture-calcul--maitriser-le-francais';
const DEMARCHES = 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives';
const JUSTICE = 'difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire';
const NUMERIQUE = 'numerique--maitriser-les-fondamentaux-du-numerique';
const CREATION = 'creer-une-entreprise--definir-son-projet-de-creation-dentreprise';
const IAE = 'trouver-un-emploi--maintien-dans-lemploi';
const LOYER = 'logement-hebergement--reduire-les-impayes-de-loyer';
const PROTECTION = 'difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere';
const FORMATION = 'se-former--trouver-sa-formation';
const LOUER = 'logement-hebergement--louer-un-logement';

const SPECS: TargetSpec[] = [
  { id: 'ml-lunel', nom: 'Mission Locale Petite Camargue', network: 'mission-locale', commune: 'Lunel', thematiques: [EMPLOI, PERMIS], contact: 'Samira Benali', phone: '04 67 83 12 40' },
  { id: 'ml-sete', nom: 'Mission Locale du Bassin de Thau', network: 'mission-locale', commune: 'Sète', thematiques: [EMPLOI, FORMATION], contact: 'Julien Castagnier' },
  { id: 'ml-beziers', nom: 'Mission Locale d’Insertion du Biterrois', network: 'mission-locale', commune: 'Béziers', thematiques: [EMPLOI] },
  { id: 'ml-venissieux', nom: 'Mission Locale de Vénissieux', network: 'mission-locale', commune: 'Vénissieux', thematiques: [EMPLOI, PERMIS], contact: 'Yasmine Kherbouche' },
  { id: 'ft-sete', nom: 'France Travail Sète', network: 'france-travail', commune: 'Sète', thematiques: [EMPLOI], phone: '3949' },
  { id: 'ft-montpellier-ouest', nom: 'France Travail Montpellier Ouest', network: 'france-travail', commune: 'Montpellier', thematiques: [EMPLOI] },
  { id: 'ft-lunel', nom: 'France Travail Lunel', network: 'france-travail', commune: 'Lunel', thematiques: [EMPLOI] },
  { id: 'ft-nancy', nom: 'France Travail Nancy Majorelle', network: 'france-travail', commune: 'Nancy', thematiques: [EMPLOI] },
  { id: 'ccas-sete', nom: 'CCAS de Sète', network: 'ccas-cias', commune: 'Sète', thematiques: [DEMARCHES, ALIMENTATION], contact: 'Karim Haddad' },
  { id: 'ccas-lunel', nom: 'Centre communal d’action sociale de Lunel', network: 'ccas-cias', commune: 'Lunel', thematiques: [DEMARCHES] },
  { id: 'ccas-frontignan', nom: 'CCAS de Frontignan', network: 'ccas-cias', commune: 'Frontignan', thematiques: [DEMARCHES, BUDGET], contact: 'Odile Pagès' },
  { id: 'cap-herault', nom: 'Cap emploi Hérault', network: 'cap-emploi-reseau-cheops', commune: 'Montpellier', thematiques: [EMPLOI, MDPH] },
  { id: 'spf-venissieux', nom: 'Secours populaire français – comité de Vénissieux', network: 'secours-populaire', commune: 'Vénissieux', thematiques: [ALIMENTATION] },
  { id: 'spf-sete', nom: 'Secours populaire – antenne de Sète', network: 'secours-populaire', commune: 'Sète', thematiques: [ALIMENTATION] },
  { id: 'restos-vandoeuvre', nom: 'Les Restos du Cœur – Vandœuvre-lès-Nancy', network: 'restos-du-coeur', commune: 'Vandœuvre-lès-Nancy', thematiques: [ALIMENTATION] },
  { id: 'restos-lunel', nom: 'Restos du Cœur de Lunel', network: 'restos-du-coeur', commune: 'Lunel', thematiques: [ALIMENTATION] },
  { id: 'cidff-vandoeuvre', nom: 'CIDFF de Meurthe-et-Moselle', network: 'cidff', commune: 'Vandœuvre-lès-Nancy', thematiques: [VIOLENCES], contact: 'Hélène Wurtz' },
  { id: 'cidff-herault', nom: 'CIDFF de l’Hérault', network: 'cidff', commune: 'Montpellier', thematiques: [VIOLENCES] },
  { id: 'siao-34', nom: 'SIAO de l’Hérault', network: 'siao', commune: 'Montpellier', thematiques: [HEBERGEMENT], phone: '115' },
  { id: 'siao-69', nom: 'Maison de la veille sociale du Rhône', network: 'siao', commune: 'Lyon', thematiques: [HEBERGEMENT] },
  { id: 'chrs-sete', nom: 'CHRS L’Avitarelle', network: 'chrs', commune: 'Sète', thematiques: [HEBERGEMENT] },
  { id: 'pcb-sete', nom: 'Point conseil budget Thau', network: 'points-conseil-budget', commune: 'Sète', thematiques: [DETTES, BUDGET], contact: 'Agnès Rouquette' },
  { id: 'cresus-nancy', nom: 'Crésus Lorraine', network: 'cresus', commune: 'Nancy', thematiques: [DETTES] },
  { id: 'csapa-sete', nom: 'CSAPA Arc-en-Ciel', network: 'csapa', commune: 'Sète', thematiques: [ADDICTIONS] },
  { id: 'csapa-lyon', nom: 'CSAPA Le Griffon', network: 'csapa', commune: 'Lyon', thematiques: [ADDICTIONS], contact: 'Bruno Vasseur' },
  { id: 'cmp-lunel', nom: 'Centre médico-psychologique de Lunel', network: 'cmp', commune: 'Lunel', thematiques: [PSY] },
  { id: 'mdph-34', nom: 'Maison départementale des personnes handicapées de l’Hérault', network: 'mdph', commune: 'Montpellier', thematiques: [MDPH] },
  { id: 'plie-thau', nom: 'PLIE du Bassin de Thau', network: 'plie', commune: 'Sète', thematiques: [EMPLOI, IAE], contact: 'Fabienne Olivès' },
  { id: 'plie-lyon', nom: 'PLIE Uni-Est', network: 'plie', commune: 'Vénissieux', thematiques: [EMPLOI] },
  { id: 'e2c-sete', nom: 'École de la deuxième chance du Bassin de Thau', network: 'ecoles-de-la-deuxieme-chance', commune: 'Sète', thematiques: [FORMATION] },
  { id: 'epide-lyon', nom: 'EPIDE de Meyzieu', network: 'epide', commune: 'Lyon', thematiques: [FORMATION] },
  { id: 'afpa-montpellier', nom: 'Afpa Montpellier Saint-Jean-de-Védas', network: 'afpa', commune: 'Montpellier', thematiques: [FORMATION] },
  { id: 'adie-herault', nom: 'Adie Hérault', network: 'adie', commune: 'Montpellier', thematiques: [CREATION] },
  { id: 'bge-sud', nom: 'BGE Sud-Ouest', network: 'reseau-bge', commune: 'Toulouse', thematiques: [CREATION] },
  { id: 'fs-frontignan', nom: 'France services Frontignan la Peyrade', network: 'france-service', commune: 'Frontignan', thematiques: [DEMARCHES, NUMERIQUE] },
  { id: 'fs-lodeve', nom: 'Maison France services du Lodévois', network: 'france-service', commune: 'Lodève', thematiques: [DEMARCHES] },
  { id: 'aci-sete', nom: 'Les Jardins de la Méditerranée', network: 'aci', commune: 'Sète', thematiques: [IAE], contact: 'Thierry Bouscarel' },
  { id: 'aci-lunel', nom: 'Chantier d’insertion Vidourle Environnement', network: 'aci', commune: 'Lunel', thematiques: [IAE] },
  { id: 'ai-beziers', nom: 'Association intermédiaire Trait d’Union Biterrois', network: 'ai', commune: 'Béziers', thematiques: [IAE] },
  { id: 'wimoov-lyon', nom: 'Wimoov Lyon', network: 'wimoov', commune: 'Lyon', thematiques: [PERMIS, VEHICULE] },
  { id: 'autoecole-sete', nom: 'Auto-école sociale Le Volant Solidaire', network: null, commune: 'Sète', thematiques: [PERMIS], contact: 'Nordine Zeroual' },
  { id: 'garage-beziers', nom: 'Garage solidaire du Biterrois', network: null, commune: 'Béziers', thematiques: [VEHICULE] },
  { id: 'creche-lunel', nom: 'Crèche AVIP Les P’tits Loups', network: 'creches-avip', commune: 'Lunel', thematiques: [GARDE] },
  { id: 'creche-nancy', nom: 'Crèche Les Lucioles', network: null, commune: 'Nancy', thematiques: [GARDE], service: 'Places en crèche pour parents en insertion' },
  { id: 'asl-sete', nom: 'Atelier sociolinguistique de l’Île de Thau', network: null, commune: 'Sète', thematiques: [FRANCAIS], contact: 'Maëlle Guiraud' },
  { id: 'fle-lyon', nom: 'Cours de français Langues Plurielles', network: null, commune: 'Lyon', thematiques: [FRANCAIS] },
  { id: 'spip-34', nom: 'SPIP de l’Hérault – antenne de Montpellier', network: 'spip', commune: 'Montpellier', thematiques: [JUSTICE] },
  { id: 'pj-sete', nom: 'Point-justice de Sète', network: 'points-justice', commune: 'Sète', thematiques: [JUSTICE] },
  { id: 'udaf-34', nom: 'UDAF de l’Hérault – service des majeurs protégés', network: 'unaf', commune: 'Montpellier', thematiques: [PROTECTION] },
  { id: 'adil-34', nom: 'ADIL de l’Hérault', network: null, commune: 'Montpellier', thematiques: [LOYER], description: 'Agence départementale d’information sur le logement : conseils juridiques sur le logement.' },
  { id: 'fjt-montpellier', nom: 'Résidence Habitat Jeunes Montpellier Colombière', network: 'residences-fjt', commune: 'Montpellier', thematiques: [HEBERGEMENT] },
  { id: 'crf-beziers', nom: 'Croix-Rouge française – unité locale de Béziers', network: 'croix-rouge', commune: 'Béziers', thematiques: [ALIMENTATION] },
  { id: 'emmaus-connect', nom: 'Emmaüs Connect Lyon', network: 'emmaus', commune: 'Lyon', thematiques: [NUMERIQUE] },
  { id: 'cs-venissieux', nom: 'Centre social Eugénie Cotton', network: 'fcsf', commune: 'Vénissieux', thematiques: [NUMERIQUE, FRANCAIS], contact: 'Souad Meziane' },
  { id: 'msa-34', nom: 'MSA Languedoc', network: 'mutualite-sociale-agricole', commune: 'Béziers', thematiques: [DEMARCHES] },
  { id: 'caf-34', nom: 'Caf de l’Hérault', network: 'caf', commune: 'Montpellier', thematiques: [DEMARCHES] },
  { id: 'cpam-34', nom: 'CPAM de l’Hérault', network: 'cpam', commune: 'Montpellier', thematiques: ['sante--acces-aux-soins'] },
  { id: 'mds-lunel', nom: 'Maison départementale des solidarités Lunel', network: 'maisons-des-solidarites', commune: 'Lunel', thematiques: [DEMARCHES, BUDGET], contact: 'Véronique Estève' },
  { id: 'pij-lunel', nom: 'Point information jeunesse de Lunel', network: 'reseau-information-jeunesse', commune: 'Lunel', thematiques: [FORMATION] },
  { id: 'geiq-btp', nom: 'GEIQ BTP Occitanie', network: 'geiq', commune: 'Montpellier', thematiques: [IAE] },
  { id: 'esat-agde', nom: 'ESAT Les Ateliers du Cap', network: 'esat', commune: 'Agde', thematiques: [IAE] },
  { id: 'caarud-nancy', nom: 'CAARUD Le Trait d’Union Nancy', network: 'caarud', commune: 'Nancy', thematiques: [ADDICTIONS] },
  { id: 'epicerie-frontignan', nom: 'Épicerie solidaire La Courte Échelle', network: null, commune: 'Frontignan', thematiques: [ALIMENTATION], contact: 'Christelle Nguyen Van' },
  { id: 'ccas-saint-etienne', nom: 'CCAS de Saint-Étienne', network: 'ccas-cias', commune: 'Saint-Étienne', thematiques: [DEMARCHES] },
  { id: 'ml-saint-denis', nom: 'Mission Locale Saint-Denis', network: 'mission-locale', commune: 'Saint-Denis', thematiques: [EMPLOI] },
  // Issue 21: names holding an everyday need word (« français ») without serving that need.
  { id: 'crf-sete', nom: 'Croix-Rouge française – unité locale de Sète', network: 'croix-rouge', commune: 'Sète', thematiques: [ALIMENTATION] },
  { id: 'ofii-lyon', nom: 'OFII – Office français de l’immigration et de l’intégration, direction territoriale de Lyon', network: null, commune: 'Lyon', thematiques: [DEMARCHES] },
  { id: 'cllaj-lunel', nom: 'CLLAJ du Pays de Lunel', network: null, commune: 'Lunel', thematiques: [LOUER], service: 'Accès au logement autonome des jeunes' },
];

/** Surnames of the targets' contacts: the distractors never use them. */
export const TARGET_SURNAMES: ReadonlySet<string> = new Set(
  SPECS.flatMap((spec) => (spec.contact ? spec.contact.split(' ').slice(1) : [])),
);

export function relevanceTargets(): Partner[] {
  return SPECS.map((spec) => {
    const commune = REAL_COMMUNES.find(([name]) => name === spec.commune);
    if (!commune) throw new Error(`unknown commune ${spec.commune}`);
    const [name, postalCode, insee] = commune;
    const id = `target--${spec.id}`;
    return makePartner({
      id,
      nom: spec.nom,
      reseaux_porteurs: spec.network ? [spec.network] : null,
      commune: name,
      code_postal: postalCode,
      code_insee: insee,
      telephone: spec.phone ?? null,
      description: spec.description ?? null,
      services: [
        makeService({
          id: `${id}--s0`,
          structure_id: id,
          nom: spec.service ?? 'Accueil et accompagnement',
          thematiques: spec.thematiques,
          contact_nom_prenom: spec.contact ?? null,
          zone_eligibilite: [insee.slice(0, 2)],
        }),
      ],
    });
  });
}
