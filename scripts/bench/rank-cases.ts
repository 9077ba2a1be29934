// The queries whose ranks tests/lib/rank-unchanged.test.ts pins (issue 20: the ranker was made
// faster, its answers must not move): every prefix the popup-open bench types, the relevance
// set's queries with their options, and the same with a territory and favourites.
import type { SearchIndex, SearchOptions } from '../../lib/search';
import { RELEVANCE_QUERIES } from './relevance-set';

const TYPED = ['mission locale montpellier', 'france travail sete', 'ccas beziers', 'secours populaire', 'plie', 'logement urgence', 'epicerie solidaire', 'qui porte le plie'];

export const RANK_CASE_SIZE = 20_000;

export function rankCases(): Array<{ query: string; options: SearchOptions }> {
  const cases: Array<{ query: string; options: SearchOptions }> = [];
  for (const phrase of TYPED) for (let i = 1; i <= phrase.length; i++) if (!phrase.slice(0, i).endsWith(' ')) cases.push({ query: phrase.slice(0, i), options: { limit: 30 } });
  for (const { query, options } of RELEVANCE_QUERIES) cases.push({ query, options: { limit: 30, ...options } });
  const favourites = new Set(['target--ml-lunel', 'target--ccas-sete', 'distractor-120', 'distractor-4521']);
  for (const phrase of ['mission locale', 'ccas', 'france travail', 'secours', 'logement', 'm', 'ml']) cases.push({ query: phrase, options: { limit: 30, territory: ['34', '34172'], favourites } });
  return cases;
}

/** Each case's ranks: ids and scores (6 decimals), best first. */
export function rankAnswers(index: SearchIndex): Array<Array<[string, number]>> {
  return rankCases().map(({ query, options }) => index.search(query, options).map((hit) => [hit.partner.id, Number(hit.score.toFixed(6))]));
}
