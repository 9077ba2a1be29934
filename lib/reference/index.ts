export { referenceEntries, referenceEntry, entryForNetwork } from './entries';
export { prepareReferenceSearchSteps, searchReference, searchReferenceHits, type ReferenceHit } from './search-reference';
export { referenceForQuery, type ReferenceSuggestion } from './reference-for-query';
export { readReferenceQuery } from './question-words';
export { referenceEntrySchema, CARRIER_KINDS, type CarrierKind, type ReferenceEntry } from './schema';
export { entriesByCarrier, entriesByNeed, seeAllQuery } from './group-entries';
