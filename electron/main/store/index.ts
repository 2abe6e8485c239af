/** The store: db.json (metadata, notes, saved work, settings) plus texts/ (content-addressed), one writer per folder, crash-safe repair. */
export { openStore, type Store, type StoreOptions, type Draft } from './store';
export {
  currentVersion,
  emptyStore,
  defaultSettings,
  type StoreData,
  type LibraryEntry,
  type StoredReview,
  type ImportFormat,
  type WindowState,
} from './schema';
