import type { Partner } from '../../lib/schema';
import type { SearchIndex, SearchOptions } from '../../lib/search';
import { generateDirectory } from './generate-directory';
import { TARGET_SURNAMES, relevanceTargets } from './relevance-targets';

export interface RelevanceQuery {
  query: string;
  /** Id of the intended partner, without the `target--` prefix. */
  expect: string;
  kind: 'name' | 'prefix' | 'typo' | 'accents' | 'acronym' | 'former name' | 'need' | 'contact' | 'place' | 'phone' | 'territory';
  options?: SearchOptions;
}

const HERAULT = ['34'];

/** What counsellors type, and whom they mean. */
export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  { query: 'mission locale lunel', expect: 'ml-lunel', kind: 'place' },
  { query: 'mision locale lunel', expect: 'ml-lunel', kind: 'typo' },
  { query: 'ml lunel', expect: 'ml-lunel', kind: 'acronym' },
  { query: 'mission locale petite camargue', expect: 'ml-lunel', kind: 'name' },
  { query: 'petite camarg', expect: 'ml-lunel', kind: 'prefix' },
  { query: 'Benali', expect: 'ml-lunel', kind: 'contact' },
  { query: 'samira benali', expect: 'ml-lunel', kind: 'contact' },
  { query: 'benalli', expect: 'ml-lunel', kind: 'typo' },
  { query: '04 67 83 12', expect: 'ml-lunel', kind: 'phone' },
  { query: 'garantie jeunes lunel', expect: 'ml-lunel', kind: 'former name' },
  { query: 'mission locale bassin de thau', expect: 'ml-sete', kind: 'name' },
  { query: 'mission locale sete', expect: 'ml-sete', kind: 'place' },
  { query: 'mission locale sète', expect: 'ml-sete', kind: 'accents' },
  { query: 'ml sete', expect: 'ml-sete', kind: 'acronym' },
  { query: 'cej sete', expect: 'ml-sete', kind: 'acronym' },
  { query: 'castagnier', expect: 'ml-sete', kind: 'contact' },
  { query: 'mission locale beziers', expect: 'ml-beziers', kind: 'accents' },
  { query: 'mission locale biterrois', expect: 'ml-beziers', kind: 'name' },
  { query: 'mission locale venissieux', expect: 'ml-venissieux', kind: 'accents' },
  { query: 'misson locale venisieux', expect: 'ml-venissieux', kind: 'typo' },
  { query: 'kherbouche', expect: 'ml-venissieux', kind: 'contact' },
  { query: 'pole emploi sete', expect: 'ft-sete', kind: 'former name' },
  { query: 'pôle emploi sète', expect: 'ft-sete', kind: 'former name' },
  { query: 'france travail sete', expect: 'ft-sete', kind: 'name' },
  { query: 'france travai set', expect: 'ft-sete', kind: 'prefix' },
  { query: 'anpe sete', expect: 'ft-sete', kind: 'former name' },
  { query: '3949', expect: 'ft-sete', kind: 'phone' },
  { query: 'pole emploi montpellier ouest', expect: 'ft-montpellier-ouest', kind: 'former name' },
  { query: 'france travail montpelier ouest', expect: 'ft-montpellier-ouest', kind: 'typo' },
  { query: 'pole emploi lunel', expect: 'ft-lunel', kind: 'former name' },
  { query: 'ft lunel', expect: 'ft-lunel', kind: 'acronym' },
  { query: 'france travail majorelle', expect: 'ft-nancy', kind: 'name' },
  { query: 'pole emploi nancy', expect: 'ft-nancy', kind: 'former name' },
  { query: 'ccas sete', expect: 'ccas-sete', kind: 'acronym' },
  { query: 'ccas de sète', expect: 'ccas-sete', kind: 'name' },
  { query: 'haddad', expect: 'ccas-sete', kind: 'contact' },
  { query: 'karim hadad', expect: 'ccas-sete', kind: 'typo' },
  { query: 'ccas lunel', expect: 'ccas-lunel', kind: 'acronym' },
  { query: 'centre communal action sociale lunel', expect: 'ccas-lunel', kind: 'name' },
  { query: 'ccas frontignan', expect: 'ccas-frontignan', kind: 'acronym' },
  { query: 'pages frontignan', expect: 'ccas-frontignan', kind: 'contact' },
  { query: 'cap emploi herault', expect: 'cap-herault', kind: 'accents' },
  { query: 'rqth montpellier', expect: 'cap-herault', kind: 'acronym' },
  { query: 'secours populaire venissieux', expect: 'spf-venissieux', kind: 'accents' },
  { query: 'secour populaire venissieux', expect: 'spf-venissieux', kind: 'typo' },
  { query: 'spf venissieux', expect: 'spf-venissieux', kind: 'acronym' },
  { query: 'secours pop sete', expect: 'spf-sete', kind: 'prefix' },
  { query: 'restos du coeur vandoeuvre', expect: 'restos-vandoeuvre', kind: 'accents' },
  { query: 'resto coeur vandoeuvre', expect: 'restos-vandoeuvre', kind: 'typo' },
  { query: 'restos du cœur lunel', expect: 'restos-lunel', kind: 'name' },
  { query: 'cidff vandoeuvre', expect: 'cidff-vandoeuvre', kind: 'acronym' },
  { query: 'cidff meurthe et moselle', expect: 'cidff-vandoeuvre', kind: 'name' },
  { query: 'wurtz', expect: 'cidff-vandoeuvre', kind: 'contact' },
  { query: 'violences conjugales vandoeuvre', expect: 'cidff-vandoeuvre', kind: 'need' },
  { query: 'cidff herault', expect: 'cidff-herault', kind: 'acronym' },
  { query: 'droits des femmes montpellier', expect: 'cidff-herault', kind: 'need' },
  { query: '115 herault', expect: 'siao-34', kind: 'acronym' },
  { query: 'siao herault', expect: 'siao-34', kind: 'acronym' },
  { query: 'samu social montpellier', expect: 'siao-34', kind: 'former name' },
  { query: 'veille sociale rhone', expect: 'siao-69', kind: 'name' },
  { query: '115 lyon', expect: 'siao-69', kind: 'acronym' },
  { query: 'avitarelle', expect: 'chrs-sete', kind: 'name' },
  { query: 'chrs sete', expect: 'chrs-sete', kind: 'acronym' },
  { query: 'sans abri sete', expect: 'chrs-sete', kind: 'need' },
  { query: 'dettes sete', expect: 'pcb-sete', kind: 'need' },
  { query: 'surendettement sete', expect: 'pcb-sete', kind: 'need' },
  { query: 'point conseil budget thau', expect: 'pcb-sete', kind: 'name' },
  { query: 'pcb sete', expect: 'pcb-sete', kind: 'acronym' },
  { query: 'rouquette', expect: 'pcb-sete', kind: 'contact' },
  { query: 'dettes', expect: 'pcb-sete', kind: 'territory', options: { territory: ['34301'] } },
  { query: 'cresus lorraine', expect: 'cresus-nancy', kind: 'accents' },
  { query: 'dettes nancy', expect: 'cresus-nancy', kind: 'need' },
  { query: 'csapa arc en ciel', expect: 'csapa-sete', kind: 'name' },
  { query: 'toxicomanie sete', expect: 'csapa-sete', kind: 'need' },
  { query: 'alcool sete', expect: 'csapa-sete', kind: 'need' },
  { query: 'csapa griffon', expect: 'csapa-lyon', kind: 'name' },
  { query: 'vasseur', expect: 'csapa-lyon', kind: 'contact' },
  { query: 'addiction lyon', expect: 'csapa-lyon', kind: 'need' },
  { query: 'psy lunel', expect: 'cmp-lunel', kind: 'need' },
  { query: 'cmp lunel', expect: 'cmp-lunel', kind: 'acronym' },
  { query: 'centre medico psychologique lunel', expect: 'cmp-lunel', kind: 'accents' },
  { query: 'mdph herault', expect: 'mdph-34', kind: 'acronym' },
  { query: 'maison des personnes handicapees', expect: 'mdph-34', kind: 'name', options: { territory: HERAULT } },
  { query: 'plie thau', expect: 'plie-thau', kind: 'acronym' },
  { query: 'olives', expect: 'plie-thau', kind: 'contact' },
  { query: 'plie uni est', expect: 'plie-lyon', kind: 'name' },
  { query: 'e2c sete', expect: 'e2c-sete', kind: 'acronym' },
  { query: 'ecole deuxieme chance thau', expect: 'e2c-sete', kind: 'accents' },
  { query: 'epide meyzieu', expect: 'epide-lyon', kind: 'name' },
  { query: 'afpa montpellier', expect: 'afpa-montpellier', kind: 'name' },
  { query: 'afpa saint jean de vedas', expect: 'afpa-montpellier', kind: 'accents' },
  { query: 'afpa st jean de vedas', expect: 'afpa-montpellier', kind: 'acronym' },
  { query: 'adie herault', expect: 'adie-herault', kind: 'name' },
  { query: 'microcredit montpellier', expect: 'adie-herault', kind: 'need' },
  { query: 'bge sud ouest', expect: 'bge-sud', kind: 'name' },
  { query: 'france services frontignan', expect: 'fs-frontignan', kind: 'name' },
  { query: 'msap frontignan', expect: 'fs-frontignan', kind: 'former name' },
  { query: 'france service lodevois', expect: 'fs-lodeve', kind: 'typo' },
  { query: 'jardins de la mediterranee', expect: 'aci-sete', kind: 'accents' },
  { query: 'bouscarel', expect: 'aci-sete', kind: 'contact' },
  { query: 'chantier insertion vidourle', expect: 'aci-lunel', kind: 'name' },
  { query: 'vidourle', expect: 'aci-lunel', kind: 'prefix' },
  { query: 'trait d union biterrois', expect: 'ai-beziers', kind: 'name' },
  { query: 'wimoov lyon', expect: 'wimoov-lyon', kind: 'name' },
  { query: 'auto ecole sete', expect: 'autoecole-sete', kind: 'need' },
  { query: 'auto ecole sociale', expect: 'autoecole-sete', kind: 'name', options: { territory: ['34301'] } },
  { query: 'volant solidaire', expect: 'autoecole-sete', kind: 'name' },
  { query: 'zeroual', expect: 'autoecole-sete', kind: 'contact' },
  { query: 'garage solidaire beziers', expect: 'garage-beziers', kind: 'name' },
  { query: 'garde enfant lunel', expect: 'creche-lunel', kind: 'need' },
  { query: 'creche lunel', expect: 'creche-lunel', kind: 'accents' },
  { query: 'ptits loups', expect: 'creche-lunel', kind: 'name' },
  { query: 'garde d’enfant nancy', expect: 'creche-nancy', kind: 'need' },
  { query: 'lucioles', expect: 'creche-nancy', kind: 'name' },
  { query: 'apprendre le francais sete', expect: 'asl-sete', kind: 'need' },
  { query: 'fle sete', expect: 'asl-sete', kind: 'need' },
  { query: 'guiraud', expect: 'asl-sete', kind: 'contact' },
  { query: 'langues plurielles', expect: 'fle-lyon', kind: 'name' },
  { query: 'spip montpellier', expect: 'spip-34', kind: 'acronym' },
  { query: 'prison montpellier', expect: 'spip-34', kind: 'need' },
  { query: 'point justice sete', expect: 'pj-sete', kind: 'name' },
  { query: 'tutelle montpellier', expect: 'udaf-34', kind: 'need' },
  { query: 'udaf herault', expect: 'udaf-34', kind: 'acronym' },
  { query: 'adil herault', expect: 'adil-34', kind: 'acronym' },
  { query: 'impayes de loyer montpellier', expect: 'adil-34', kind: 'need' },
  { query: 'habitat jeunes colombiere', expect: 'fjt-montpellier', kind: 'accents' },
  { query: 'fjt montpellier', expect: 'fjt-montpellier', kind: 'acronym' },
  { query: 'croix rouge beziers', expect: 'crf-beziers', kind: 'name' },
  { query: 'emmaus connect', expect: 'emmaus-connect', kind: 'accents' },
  { query: 'eugenie cotton', expect: 'cs-venissieux', kind: 'accents' },
  { query: 'meziane', expect: 'cs-venissieux', kind: 'contact' },
  { query: 'msa languedoc', expect: 'msa-34', kind: 'name' },
  { query: 'caf herault', expect: 'caf-34', kind: 'acronym' },
  { query: 'allocations familiales montpellier', expect: 'caf-34', kind: 'former name' },
  { query: 'secu montpellier', expect: 'cpam-34', kind: 'former name' },
  { query: 'cpam herault', expect: 'cpam-34', kind: 'acronym' },
  { query: 'mds lunel', expect: 'mds-lunel', kind: 'acronym' },
  { query: 'esteve', expect: 'mds-lunel', kind: 'contact' },
  { query: 'assistante sociale lunel', expect: 'mds-lunel', kind: 'need' },
  { query: 'pij lunel', expect: 'pij-lunel', kind: 'acronym' },
  { query: 'geiq btp', expect: 'geiq-btp', kind: 'acronym' },
  { query: 'esat agde', expect: 'esat-agde', kind: 'acronym' },
  { query: 'caarud nancy', expect: 'caarud-nancy', kind: 'acronym' },
  { query: 'courte echelle', expect: 'epicerie-frontignan', kind: 'accents' },
  { query: 'aide alimentaire frontignan', expect: 'epicerie-frontignan', kind: 'need' },
  { query: 'ccas st etienne', expect: 'ccas-saint-etienne', kind: 'acronym' },
  { query: 'mission locale st denis', expect: 'ml-saint-denis', kind: 'acronym' },
  // Issue 21: an everyday need word typed alone puts a partner serving the need first, before
  // names that merely hold the word (Croix-Rouge française, Secours populaire français, OFII).
  { query: 'français', expect: 'asl-sete', kind: 'need', options: { territory: ['34301'] } },
  { query: 'francais', expect: 'asl-sete', kind: 'need', options: { territory: ['34301'] } },
  { query: 'cours de français', expect: 'fle-lyon', kind: 'need', options: { territory: ['69123'] } },
  { query: 'permis', expect: 'autoecole-sete', kind: 'need', options: { territory: ['34301'] } },
  { query: 'croix rouge sete', expect: 'crf-sete', kind: 'name' },
  { query: 'ofii lyon', expect: 'ofii-lyon', kind: 'acronym' },
  { query: 'pole emploi', expect: 'ft-sete', kind: 'territory', options: { territory: ['34301'] } },
  { query: 'mission locale', expect: 'ml-venissieux', kind: 'territory', options: { territory: ['69259'] } },
  { query: 'secours populaire', expect: 'spf-venissieux', kind: 'territory', options: { territory: ['69259'] } },
];

/**
 * The targets mixed with `distractors` generated partners. So that each query has one right
 * answer, no distractor shares a target's network and town, nor, for the targets of need
 * queries ("dettes sete"), its town and main thematique.
 */
export function relevanceDirectory(distractors = 5000): Partner[] {
  const targets = relevanceTargets();
  const needTargets = new Set(RELEVANCE_QUERIES.filter((q) => q.kind === 'need').map((q) => `target--${q.expect}`));
  const taken = new Set(targets.map((t) => `${t.reseaux_porteurs?.[0] ?? ''}|${t.commune}`));
  const needTaken = new Set(targets.filter((t) => needTargets.has(t.id)).map((t) => `${t.services[0].thematiques?.[0]}|${t.commune}`));
  const generated = generateDirectory(distractors, { seed: 2026, idPrefix: 'distractor', avoidNames: TARGET_SURNAMES }).filter(
    (p) =>
      !taken.has(`${p.reseaux_porteurs?.[0] ?? ''}|${p.commune}`) &&
      !p.services.some((s) => (s.thematiques ?? []).some((t) => needTaken.has(`${t}|${p.commune}`))),
  );
  // Targets spread through the directory, as they would be in a real export.
  const mixed = [...generated];
  targets.forEach((target, i) => mixed.splice(Math.floor(((i + 1) * mixed.length) / (targets.length + 1)), 0, target));
  return mixed;
}

/**
 * Issue 21: an everyday need word typed alone (or « cours de français ») must put first a partner
 * that serves the need (its thematiques' category), whoever else holds the word in its name.
 */
export const NEED_WORD_QUERIES: ReadonlyArray<{ query: string; category: string; territory: string[] }> = [
  { query: 'français', category: 'lecture-ecriture-calcul', territory: ['34301'] },
  { query: 'français', category: 'lecture-ecriture-calcul', territory: ['69123'] },
  { query: 'cours de français', category: 'lecture-ecriture-calcul', territory: ['34301'] },
  { query: 'cours de français', category: 'lecture-ecriture-calcul', territory: ['69123'] },
  { query: 'logement', category: 'logement-hebergement', territory: ['34145'] },
  { query: 'logement', category: 'logement-hebergement', territory: ['34172'] },
  { query: 'permis', category: 'mobilite', territory: ['34301'] },
  { query: 'permis', category: 'mobilite', territory: ['69259'] },
];

/** How many need-word queries put a partner serving the need first, and which did not. */
export function evaluateNeedWords(index: SearchIndex): { queries: number; first: number; misses: string[] } {
  let first = 0;
  const misses: string[] = [];
  for (const { query, category, territory } of NEED_WORD_QUERIES) {
    const top = index.search(query, { limit: 1, territory })[0]?.partner;
    const serves = top?.services.some((service) => (service.thematiques ?? []).some((theme) => theme.startsWith(`${category}--`)));
    if (serves) first++;
    else misses.push(`"${query}" (${territory.join(' ')}) -> ${top?.nom ?? 'nothing'}`);
  }
  return { queries: NEED_WORD_QUERIES.length, first, misses };
}

export interface RelevanceResult {
  queries: number;
  top1: number;
  top5: number;
  misses: Array<{ query: string; expect: string; rank: number; got: string[] }>;
}

export function evaluateRelevance(index: SearchIndex, queries: readonly RelevanceQuery[] = RELEVANCE_QUERIES): RelevanceResult {
  let top1 = 0;
  let top5 = 0;
  const misses: RelevanceResult['misses'] = [];
  for (const { query, expect, options } of queries) {
    const hits = index.search(query, { limit: 20, ...options });
    const rank = hits.findIndex((hit) => hit.partner.id === `target--${expect}`);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 5) top5++;
    if (rank !== 0) misses.push({ query, expect, rank, got: hits.slice(0, 3).map((hit) => hit.partner.nom) });
  }
  return { queries: queries.length, top1: top1 / queries.length, top5: top5 / queries.length, misses };
}
