/**
 * The shape of the stored data (db.json) at the current schema version.
 * Everything the user wrote lives here: imported documents, notes, saved
 * comparisons, settings, recent items and draft reviews.
 */
import type { MetaFields } from '../../../shared/model/document';
import type { Note, RecentItem, SavedComparison, Settings } from '../../../shared/api/contract';
import { defaultDiffOptions } from '../../../shared/api/views';

/**
 * The schema version this build writes; older files are migrated, newer ones
 * are opened read-only. Version 2 keeps document and draft texts in
 * content-addressed files beside db.json (`texts/<h>/<sha256>.txt`); in memory an
 * entry still carries its text.
 */
export const currentVersion = 2;

/** How an imported file was read. */
export type ImportFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'html';

/** An imported document: the decoded text is kept so the library works without the original file. */
export interface LibraryEntry {
  readonly id: string;
  readonly fileName: string;
  /** sha256 of the original bytes, hex: the same file twice is a duplicate */
  readonly hash: string;
  readonly text: string;
  readonly format: ImportFormat;
  readonly encoding: string;
  readonly importedAt: string;
  /** metadata the user corrected (source 'user') */
  readonly overrides: Partial<MetaFields>;
}

/** A draft under review, kept apart from the corpus until the user adds it. */
export interface StoredReview {
  readonly id: string;
  readonly name: string;
  /** the library document under review (its notes are the review's notes); absent for pasted text or a file from disk */
  readonly docId?: string;
  readonly fileName?: string;
  readonly text: string;
  readonly top: number;
  readonly savedAt: string;
}

/** The window's last bounds, restored at start. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** The whole db.json at the current version, as the app sees it (texts resolved). */
export interface StoreData {
  readonly version: typeof currentVersion;
  readonly library: readonly LibraryEntry[];
  /** user corrections to a bundled seed's metadata, by seed id */
  readonly seedOverrides: Readonly<Record<string, Partial<MetaFields>>>;
  readonly notes: readonly Note[];
  readonly comparisons: readonly SavedComparison[];
  readonly settings: Settings;
  readonly recent: readonly RecentItem[];
  readonly reviews: readonly StoredReview[];
  readonly window?: WindowState;
}

/** Settings a new user starts with. */
export const defaultSettings: Settings = { diff: defaultDiffOptions, onlyDifferences: false, fontScale: 1 };

/** An empty store at the current version. */
export function emptyStore(): StoreData {
  return {
    version: currentVersion,
    library: [],
    seedOverrides: {},
    notes: [],
    comparisons: [],
    settings: defaultSettings,
    recent: [],
    reviews: [],
  };
}
