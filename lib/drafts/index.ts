/**
 * Drafts on IndexedDB, for the background and the extension pages (never content scripts: they
 * run in the page's origin and reach drafts through messages to the background).
 *
 *   const database = createDraftsDatabase();
 *   const drafts = createDraftsRepository(database);
 *   const hints = createIgnoredHints(database);
 */
export * from './draft';
export {
  createDraftsDatabase,
  openDraftsDb,
  deleteDraftsDb,
  DatabaseBlockedError,
  MigrationError,
  DB_NAME,
  DB_VERSION,
  type DraftsDatabase,
  type OpenOptions,
} from './database';
export { MIGRATIONS, type Migration } from './migrations';
export * from './repository';
export * from './autosave';
export * from './draft-saver';
export * from './exchange';
export * from './ignored-hints';
export { foldForSearch, queryTerms } from './search-text';
export { QuarantineEntrySchema, discardQuarantined, type QuarantineEntry } from './quarantine';
