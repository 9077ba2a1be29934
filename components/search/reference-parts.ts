/**
 * What the popup's « Qui porte quoi ? » result needs beyond the partner search: the reference
 * data, Fuse.js and the entry view. A chunk of its own, loaded by components/search/lazy-reference.ts
 * in idle time after the first results or as soon as a query is typed: never on the first render's path.
 */
export { prepareReferenceSearchSteps, referenceEntry, referenceForQuery } from '../../lib/reference';
export { ReferenceEntryView } from '../reference/ReferenceEntryView';
export { ReferenceResult, REFERENCE_RESULT_ID } from './ReferenceResult';
