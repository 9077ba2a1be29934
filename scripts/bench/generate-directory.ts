import type { Partner } from '../../lib/schema';
import { COMMUNE_HEADS, COMMUNE_TAILS, REAL_COMMUNES } from './communes';
import { makePartner, makeService } from './records';

/**
 * A deterministic generator of realistic French directories in data·inclusion shape: the same
 * seed always gives the same partners, so benchmarks and relevance figures are comparable
 * between runs and machines. Nothing is downloaded.
 */

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Commune {
  name: string;
  postalCode: string;
  insee: string;
}

export const FIRST_NAMES = [
  'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Sophie', 'Sandrine', 'Céline', 'Aurélie', 'Julie', 'Camille', 'Léa',
  'Fatima', 'Nadia', 'Samira', 'Leïla', 'Aïcha', 'Yasmine', 'Thi Lan', 'Mei', 'Jean', 'Philippe', 'Pierre', 'Nicolas', 'Laurent',
  'Stéphane', 'Christophe', 'Julien', 'Thomas', 'Mathieu', 'Karim', 'Mohamed', 'Rachid', 'Youssef', 'Mamadou', 'Moussa', 'Kévin',
  'Jérôme', 'François', 'Hélène', 'Émilie', 'Anne-Sophie', 'Jean-Marc', 'Marc-Antoine', 'Chloé', 'Inès', 'Océane', 'Benoît',
];
export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre',
  'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert',
  'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel',
  'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson',
  'Diallo', 'Traoré', 'Nguyen', 'Tran', 'Mendes', 'Ferreira', 'Da Silva', 'Kaya', 'Yilmaz', 'Bouzid', 'Cherif', 'Mansouri',
  'Amrani', 'Belkacem', 'Kone', 'Camara', 'Le Gall', 'Le Goff', 'Kerbrat', 'Etcheverry', 'Lacroix', 'Colin', 'Brunet', 'Schmitt',
];
const ASSOCIATION_WORDS = [
  'Solidarité', 'Entraide', 'Le Relais', 'L’Escale', 'Horizon', 'Passerelle', 'Tremplin', 'Trait d’Union', 'Accueil', 'Espoir',
  'Le Phare', 'La Boussole', 'Envol', 'Rebond', 'Les Compagnons', 'Main Tendue', 'Ensemble', 'Agir', 'Cap Avenir', 'Renaissance',
  'Le Pont', 'Les Ateliers', 'La Clé', 'Alternative', 'Parenthèse', 'L’Étape', 'Le Fil', 'Oasis', 'Interlude', 'Ricochet',
];
const DISTRICTS = ['Centre', 'Nord', 'Sud', 'Est', 'Ouest', 'Centre-ville', 'La Gare', 'Les Pins', 'Le Port', 'Bel-Air', 'La Paillade', 'Mosson'];

interface NetworkKind {
  network: string | null;
  share: number;
  names: ReadonlyArray<(c: Commune, pick: <T>(list: readonly T[]) => T) => string>;
  thematiques: readonly string[];
  description: string;
}

const T = {
  emploi: ['trouver-un-emploi--repondre-a-des-offres-demploi', 'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation', 'choisir-un-metier--identifier-ses-points-forts-et-ses-competences', 'se-former--trouver-sa-formation'],
  social: ['difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives', 'difficultes-financieres--ameliorer-sa-gestion-budgetaire', 'equipement-et-alimentation--alimentation', 'logement-hebergement--se-maintenir-dans-le-logement'],
  hebergement: ['logement-hebergement--rechercher-une-solution-dhebergement-temporaire', 'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement'],
  alimentation: ['equipement-et-alimentation--alimentation', 'equipement-et-alimentation--habillement', 'remobilisation--lien-social'],
  budget: ['difficultes-financieres--situation-dendettement-surendettement', 'difficultes-financieres--ameliorer-sa-gestion-budgetaire', 'difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere'],
  famille: ['famille--surmonter-conflits-separation-violence', 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits', 'famille--soutien-a-la-parentalite-et-a-leducation'],
  addictions: ['sante--addictions'],
  psy: ['sante--sante-mentale', 'sante--acces-aux-soins'],
  mobilite: ['mobilite--preparer-un-permis', 'mobilite--acceder-a-un-vehicule', 'mobilite--etre-accompagne-dans-son-parcours-mobilite'],
  numerique: ['numerique--maitriser-les-fondamentaux-du-numerique', 'numerique--acceder-a-des-services-en-ligne'],
  garde: ['famille--garde-denfants', 'famille--soutien-a-la-parentalite-et-a-leducation'],
  iae: ['trouver-un-emploi--maintien-dans-lemploi', 'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite', 'remobilisation--bien-etre-confiance-en-soi'],
  francais: ['lecture-ecriture-calcul--maitriser-le-francais', 'lecture-ecriture-calcul--maitriser-le-calcul'],
  creation: ['creer-une-entreprise--definir-son-projet-de-creation-dentreprise', 'creer-une-entreprise--structurer-son-projet-de-creation-dentreprise'],
};

const KINDS: readonly NetworkKind[] = [
  { network: 'mission-locale', share: 5, thematiques: [...T.emploi, ...T.mobilite], description: 'Accompagne les jeunes de 16 à 25 ans vers l’emploi, la formation et l’autonomie.', names: [(c) => `Mission Locale de ${c.name}`, (c) => `Mission Locale Jeunes ${c.name}`, (c, p) => `Mission Locale ${c.name} – antenne ${p(DISTRICTS)}`] },
  { network: 'france-travail', share: 4, thematiques: T.emploi, description: 'Agence pour l’emploi : inscription, indemnisation, offres et accompagnement.', names: [(c) => `France Travail ${c.name}`, (c, p) => `France Travail ${c.name} ${p(DISTRICTS)}`, (c) => `Agence France Travail de ${c.name}`] },
  { network: 'ccas-cias', share: 6, thematiques: T.social, description: 'Aide sociale légale et facultative, domiciliation, aides d’urgence.', names: [(c) => `CCAS de ${c.name}`, (c) => `Centre communal d’action sociale de ${c.name}`] },
  { network: 'cap-emploi-reseau-cheops', share: 1, thematiques: T.emploi, description: 'Emploi des personnes en situation de handicap.', names: [(c) => `Cap emploi ${c.name}`] },
  { network: 'secours-populaire', share: 3, thematiques: T.alimentation, description: 'Aide alimentaire, vestimentaire, accès aux vacances et à la culture.', names: [(c) => `Secours populaire français – comité de ${c.name}`, (c) => `Secours populaire ${c.name}`] },
  { network: 'restos-du-coeur', share: 3, thematiques: T.alimentation, description: 'Distribution de repas et accompagnement vers l’insertion.', names: [(c) => `Les Restos du Cœur – ${c.name}`, (c) => `Restos du Cœur de ${c.name}`] },
  { network: 'croix-rouge', share: 2, thematiques: [...T.alimentation, ...T.hebergement], description: 'Unité locale : aide alimentaire, vestiboutique, maraude.', names: [(c) => `Croix-Rouge française – unité locale de ${c.name}`] },
  { network: 'cidff', share: 1, thematiques: T.famille, description: 'Information juridique, aide aux victimes de violences, emploi des femmes.', names: [(c) => `CIDFF ${c.name}`, (c) => `Centre d’information sur les droits des femmes et des familles de ${c.name}`] },
  { network: 'siao', share: 1, thematiques: T.hebergement, description: 'Orientation vers l’hébergement d’urgence et d’insertion.', names: [(c) => `SIAO ${c.name}`] },
  { network: 'chrs', share: 2, thematiques: T.hebergement, description: 'Hébergement et accompagnement social de personnes en difficulté.', names: [(c, p) => `CHRS ${p(ASSOCIATION_WORDS)} ${c.name}`, (c, p) => `Résidence ${p(ASSOCIATION_WORDS)}`] },
  { network: 'points-conseil-budget', share: 1, thematiques: T.budget, description: 'Conseil budgétaire gratuit et confidentiel, prévention du surendettement.', names: [(c) => `Point conseil budget ${c.name}`, (c, p) => `PCB ${p(ASSOCIATION_WORDS)} ${c.name}`] },
  { network: 'cresus', share: 1, thematiques: T.budget, description: 'Accompagnement des ménages surendettés.', names: [(c) => `Crésus ${c.name}`] },
  { network: 'csapa', share: 1, thematiques: T.addictions, description: 'Soins en addictologie, consultations jeunes consommateurs.', names: [(c, p) => `CSAPA ${p(ASSOCIATION_WORDS)} ${c.name}`] },
  { network: 'cmp', share: 1, thematiques: T.psy, description: 'Consultations de psychiatrie de secteur.', names: [(c) => `CMP adultes de ${c.name}`, (c) => `Centre médico-psychologique ${c.name}`] },
  { network: 'plie', share: 1, thematiques: T.emploi, description: 'Parcours renforcé vers l’emploi pour les demandeurs d’emploi de longue durée.', names: [(c) => `PLIE de ${c.name}`] },
  { network: 'france-service', share: 2, thematiques: T.numerique, description: 'Un guichet pour les démarches administratives du quotidien.', names: [(c) => `France services ${c.name}`, (c) => `Maison France services de ${c.name}`] },
  { network: 'aci', share: 4, thematiques: T.iae, description: 'Chantier d’insertion : un contrat de travail et un accompagnement.', names: [(c, p) => `Chantier d’insertion ${p(ASSOCIATION_WORDS)} ${c.name}`, (c) => `Les Jardins de Cocagne de ${c.name}`, (c, p) => `Recyclerie ${p(ASSOCIATION_WORDS)}`] },
  { network: 'ai', share: 2, thematiques: T.iae, description: 'Association intermédiaire : missions de travail chez des particuliers et des entreprises.', names: [(c, p) => `Association intermédiaire ${p(ASSOCIATION_WORDS)}`] },
  { network: 'wimoov', share: 1, thematiques: T.mobilite, description: 'Plateforme de mobilité : diagnostic, location de véhicules, permis.', names: [(c) => `Wimoov ${c.name}`] },
  { network: 'reseau-bge', share: 1, thematiques: T.creation, description: 'Accompagnement à la création d’entreprise.', names: [(c) => `BGE ${c.name}`] },
  { network: 'residences-fjt', share: 1, thematiques: T.hebergement, description: 'Logement temporaire pour jeunes actifs.', names: [(c) => `Foyer de jeunes travailleurs de ${c.name}`, (c, p) => `Résidence Habitat Jeunes ${p(ASSOCIATION_WORDS)}`] },
  { network: 'creches-avip', share: 1, thematiques: T.garde, description: 'Places d’accueil pour les enfants de parents en recherche d’emploi.', names: [(c) => `Crèche à vocation d’insertion professionnelle de ${c.name}`, (c, p) => `Multi-accueil ${p(ASSOCIATION_WORDS)} ${c.name}`] },
  { network: null, share: 14, thematiques: [...T.social, ...T.francais, ...T.numerique], description: 'Association de quartier : accueil, ateliers, accompagnement.', names: [(c, p) => `Association ${p(ASSOCIATION_WORDS)} ${c.name}`, (c, p) => `${p(ASSOCIATION_WORDS)} – ${c.name}`, (c, p) => `Centre social ${p(ASSOCIATION_WORDS)}`, (c, p) => `Atelier sociolinguistique ${p(ASSOCIATION_WORDS)}`, (c) => `Maison de quartier ${c.name}`] },
];
const SHARE_TOTAL = KINDS.reduce((total, kind) => total + kind.share, 0);

/** The communes of a directory: the real sample first, then plausible composed names. */
export function communesFor(count: number): Commune[] {
  const communes: Commune[] = REAL_COMMUNES.map(([name, postalCode, insee]) => ({ name, postalCode, insee }));
  const rand = random(7);
  const departements = ['01', '03', '12', '17', '21', '24', '26', '29', '33', '34', '38', '42', '45', '49', '54', '59', '62', '63', '67', '69', '71', '76', '77', '78', '83', '84', '85', '91', '93', '95'];
  for (let i = 0; communes.length < count; i++) {
    const head = COMMUNE_HEADS[i % COMMUNE_HEADS.length];
    const tail = COMMUNE_TAILS[Math.floor(i / COMMUNE_HEADS.length) % COMMUNE_TAILS.length];
    const departement = departements[Math.floor(rand() * departements.length)];
    const number = String(100 + Math.floor(rand() * 899));
    const name = i < COMMUNE_HEADS.length * COMMUNE_TAILS.length ? `${head}-${tail}` : `${head}-${tail}-${i}`;
    communes.push({ name, postalCode: `${departement}${number.slice(0, 1)}${number.slice(1, 2)}0`, insee: `${departement}${number}` });
  }
  return communes;
}

export interface GenerateOptions {
  seed?: number;
  /** Prefix of the ids, so that two generated sets never collide. */
  idPrefix?: string;
  /** Surnames never used (kept for the relevance set's own contacts). */
  avoidNames?: ReadonlySet<string>;
}

export function generateDirectory(count: number, options: GenerateOptions = {}): Partner[] {
  const rand = random(options.seed ?? 42);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const communes = communesFor(Math.max(150, Math.round(count / 25)));
  const lastNames = LAST_NAMES.filter((name) => !options.avoidNames?.has(name));
  const prefix = options.idPrefix ?? 'gen';
  const partners: Partner[] = [];
  for (let i = 0; i < count; i++) {
    // Big towns hold more structures: the first communes are drawn more often.
    const commune = communes[Math.floor(communes.length * rand() ** 2)];
    let roll = rand() * SHARE_TOTAL;
    const kind = KINDS.find((k) => (roll -= k.share) < 0) ?? KINDS[KINDS.length - 1];
    const id = `${prefix}--${i}`;
    const departement = commune.insee.startsWith('97') ? commune.insee.slice(0, 3) : commune.insee.slice(0, 2);
    const region = '12345'[Number.parseInt(departement, 10) % 5] ?? '1';
    const phone = `0${region} ${[0, 0, 0, 0].map(() => String(Math.floor(rand() * 100)).padStart(2, '0')).join(' ')}`;
    const serviceCount = 1 + Math.floor(rand() * 3);
    const services = Array.from({ length: serviceCount }, (_, s) => {
      const thematique = pick(kind.thematiques);
      const thematiques = [thematique, pick(kind.thematiques)].filter((t, k, all) => all.indexOf(t) === k);
      const contact = rand() < 0.5 ? `${pick(FIRST_NAMES)} ${pick(lastNames)}` : null;
      return makeService({
        id: `${id}--s${s}`,
        structure_id: id,
        nom: serviceName(thematique, pick),
        description: `${kind.description} Sur rendez-vous à ${commune.name}.`,
        thematiques,
        contact_nom_prenom: contact,
        zone_eligibilite: [rand() < 0.5 ? departement : commune.insee],
        telephone: rand() < 0.3 ? phone : null,
      });
    });
    partners.push(
      makePartner({
        id,
        nom: pick(kind.names)(commune, pick),
        reseaux_porteurs: kind.network ? [kind.network] : null,
        commune: commune.name,
        code_postal: commune.postalCode,
        code_insee: commune.insee,
        adresse: `${1 + Math.floor(rand() * 120)} ${pick(['rue', 'avenue', 'boulevard', 'place', 'impasse'])} ${pick(['Jean Jaurès', 'Victor Hugo', 'de la République', 'Pasteur', 'Gambetta', 'du Général de Gaulle', 'des Lilas', 'Jules Ferry'])}`,
        telephone: phone,
        description: kind.description,
        services,
      }),
    );
  }
  return partners;
}

const SERVICE_NAMES: Record<string, readonly string[]> = {
  'trouver-un-emploi': ['Accompagnement vers l’emploi', 'Job dating', 'Club de recherche d’emploi'],
  'preparer-sa-candidature': ['Atelier CV', 'Préparer ses entretiens'],
  'choisir-un-metier': ['Bilan d’orientation', 'Découverte des métiers'],
  'se-former': ['Information formation', 'Financer sa formation'],
  'logement-hebergement': ['Accès au logement', 'Hébergement temporaire', 'Accueil de jour'],
  'difficultes-financieres': ['Conseil budgétaire', 'Microcrédit personnel', 'Aide aux dossiers de surendettement'],
  'difficultes-administratives-ou-juridiques': ['Aide aux démarches', 'Permanence juridique', 'Domiciliation'],
  'equipement-et-alimentation': ['Distribution alimentaire', 'Épicerie solidaire', 'Vestiaire solidaire'],
  famille: ['Accueil des victimes de violences', 'Soutien à la parentalité', 'Places en crèche'],
  sante: ['Consultation addictologie', 'Écoute psychologique', 'Bilan de santé'],
  mobilite: ['Auto-école sociale', 'Location de véhicules', 'Conseil en mobilité'],
  numerique: ['Atelier numérique', 'Aide aux démarches en ligne'],
  'lecture-ecriture-calcul': ['Cours de français', 'Ateliers sociolinguistiques'],
  remobilisation: ['Ateliers collectifs', 'Activités de lien social'],
  'creer-une-entreprise': ['Créer son entreprise', 'Couveuse d’entreprises'],
};

function serviceName(thematique: string, pick: <T>(list: readonly T[]) => T): string {
  return pick(SERVICE_NAMES[thematique.split('--')[0]] ?? ['Accompagnement']);
}
