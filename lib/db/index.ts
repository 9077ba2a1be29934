export { RepereDB, DATABASE_NAME, SCHEMA_VERSIONS, type StoredPartner, type MetaEntry, type StoredSearchSnapshot } from './database';
export {
  replaceSourcePartners,
  removeSource,
  directoryVersion,
  loadPartners,
  scopeIds,
  scopedId,
  scopeOf,
  publishedId,
  byTrust,
  moveSource,
  setSourceCoordinator,
  outranks,
  getPartner,
  getPartners,
  bumpDirectoryVersion,
  type ReplaceOptions,
} from './directory-store';
export { ensureStarterDirectory, STARTER_SOURCE_ID } from './starter';
export { isStarterHidden, setStarterHidden, STARTER_HIDDEN_KEY } from './starter-visibility';
export { directoryHoldings, type DirectoryHoldings } from './directory-holdings';
export {
  toggleFavourite,
  removeFavourite,
  listFavourites,
  isFavourite,
  setFavouriteGroup,
  moveFavourite,
  placeFavouriteBefore,
} from './favourites';
export { listGroups, setGroups, addGroup, removeGroup, groupFavourites, type FavouriteGroup } from './favourite-groups';
export { saveNote, deleteNote, notesOf, type FieldProblem } from './notes';
export { saveContact, deleteContact, contactsOf, contactNamesByPartner } from './contacts';
export {
  buildOwnPartner,
  saveOwnPartner,
  deleteOwnPartner,
  listOwnPartners,
  putOwnPartners,
  OWN_SOURCE_ID,
  OWN_SOURCE_PRIORITY,
  type OwnPartnerInput,
} from './own-partners';
export { sourceOverlaps, type SourceOverlap } from './source-overlaps';
export {
  loadGroupedDirectory,
  getGroupedPartner,
  groupMemberIds,
  splitFromGroup,
  listGroupSplits,
  putGroupSplits,
  type GroupedPartner,
} from './partner-groups';
export { readSearchSnapshot, refreshSearchSnapshot, dropSearchSnapshot, searchIndexInputs, searchIndexState, type RefreshOptions } from './search-snapshot';
export { partnersOfNetworks, type NetworkPartners } from './network-partners';
