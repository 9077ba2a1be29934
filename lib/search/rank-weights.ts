import { FIELD_WEIGHT } from './field-weights';

/** The bonuses and penalties a ranked document's score is made of, besides its words' values. */
export const TERRITORY_BOOST = 0.12;
export const FAVOURITE_BOOST = 0.1;
export const NAME_IS_QUERY = 0.3;
export const NAME_STARTS_WITH_QUERY = 0.15;
/**
 * An everyday need word (« français », « logement », « permis ») typed with need words only, found literally — in a name
 * (« Secours populaire français »), a network, a service — counts a little less than serving
 * the need it names (FIELD_WEIGHT.need): the partners that serve it come first, and a name
 * that serves it too keeps its starts-with bonus.
 */
export const NEED_WORD_LITERAL = FIELD_WEIGHT.need - 10;
/**
 * A national entry (the starter's hotlines and networks: no address, zone « france ») after the
 * local partners that match as well: « mission locale » gives the local one before « Mission
 * Locale (réseau national) », even without a territory. More than a whole-name match's bonus
 * over a starts-with one, and than a name's lead over a network alias (« assurance maladie »).
 */
export const NATIONAL_PENALTY = 0.35;

export const INITIAL_QUALITY = 0.75;
/**
 * Within equal relevance, the more complete and fresher record first (documents' `quality`).
 * Smaller than the gap between two fields' weights (≈ 0.05), larger than the name-length tie-break.
 */
export const RECORD_QUALITY = 0.01;
