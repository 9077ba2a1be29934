export { RepereDB, DATABASE_NAME, SCHEMA_VERSIONS, type StoredPartner, type MetaEntry } from './database';
export {
  replaceSourcePartners,
  removeSource,
  directoryVersion,
  loadPartners,
  pickOnePerId,
  getPartner,
  type ReplaceOptions,
} from './directory-store';
export { ensureStarterDirectory, STARTER_SOURCE_ID } from './starter';
export { toggleFavourite, removeFavourite, listFavourites, isFavourite } from './favourites';
