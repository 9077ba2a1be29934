export * from './data-inclusion';
export * from './user-data';
export { isHttpUrl } from './fields';
export * from './partnership';
export * from './group-split';
