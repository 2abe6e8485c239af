/** The store: one lowdb file with a schema version, migrations and crash-safe recovery. */
export { openStore, type Store, type StoreOptions, type Draft } from './store';
export { currentVersion, emptyStore, defaultSettings, type StoreData, type LibraryEntry, type StoredReview, type ImportFormat, type WindowState } from './schema';
