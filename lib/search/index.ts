export {
  buildSearchData,
  createSearchIndex,
  partnerList,
  restoreSearchIndex,
  type PartnerList,
  type PartnerSummary,
  type SearchExtras,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
} from './search-index';
export { buildSearchSnapshot, restoreSnapshot, summariesOf, type SearchSnapshot, type StoredSnapshot } from './snapshot';
export { normalizeText, queryWords } from './normalize';
export type { TokenIndexData } from './token-index';
