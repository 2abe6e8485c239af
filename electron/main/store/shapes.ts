/**
 * Shape checks for stored records, used when reading a file back and when
 * salvaging records out of a damaged one.
 */
import type { Note, RecentItem, SavedComparison, Settings } from '../../../shared/api/contract';
import type { LibraryEntry, StoredReview } from './schema';

type Raw = Record<string, unknown>;

const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

/** A note on a unit. */
export function isNote(x: unknown): x is Note {
  return isObject(x) && isString(x.docId) && isString(x.unitId) && isString(x.text) && isString(x.updatedAt);
}

/** An imported document. */
export function isLibraryEntry(x: unknown): x is LibraryEntry {
  return (
    isObject(x) && isString(x.id) && isString(x.fileName) && isString(x.hash) && isString(x.text) &&
    isString(x.format) && isString(x.importedAt) && isObject(x.overrides)
  );
}

/** The diff options stored in settings and comparisons. */
export function isDiffOptions(x: unknown): boolean {
  return (
    isObject(x) && typeof x.ignorePunctuationWidth === 'boolean' && typeof x.ignoreWhitespace === 'boolean' &&
    typeof x.ignoreLevelWords === 'boolean'
  );
}

/** A saved comparison. */
export function isComparison(x: unknown): x is SavedComparison {
  return (
    isObject(x) && isString(x.id) && isString(x.name) && isStringList(x.ids) && typeof x.pivot === 'number' &&
    isDiffOptions(x.options) && isString(x.savedAt)
  );
}

/** The user's settings. */
export function isSettings(x: unknown): x is Settings {
  return isObject(x) && isDiffOptions(x.diff) && typeof x.onlyDifferences === 'boolean' && typeof x.fontScale === 'number';
}

/** A recent item. */
export function isRecent(x: unknown): x is RecentItem {
  return isObject(x) && isString(x.kind) && isString(x.label) && isStringList(x.ids) && isString(x.openedAt);
}

/** A stored draft review. */
export function isReview(x: unknown): x is StoredReview {
  return isObject(x) && isString(x.id) && isString(x.name) && isString(x.text) && typeof x.top === 'number' && isString(x.savedAt);
}
