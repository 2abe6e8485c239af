/**
 * Shape checks for stored records (valibot schemas), used when reading a file
 * back and when salvaging records out of a damaged one. Records are loose:
 * a field a later version adds is kept as it is, never stripped.
 */
import * as v from 'valibot';
import type { Note, RecentItem, SavedComparison, Settings } from '../../../shared/api/contract';
import type { StoredReview, WindowState } from './schema';

const text = v.string();
const diffOptionsSchema = v.looseObject({
  ignorePunctuationWidth: v.boolean(),
  ignoreWhitespace: v.boolean(),
  ignoreLevelWords: v.boolean(),
});

/** A note on a unit. */
export const noteSchema = v.looseObject({ docId: text, unitId: text, text, updatedAt: text });

/** An imported document as it is on disk: its text inline (version 1) or in texts/ by hash (version 2). */
export const storedEntrySchema = v.looseObject({
  id: text,
  fileName: text,
  hash: text,
  text: v.optional(text),
  textHash: v.optional(text),
  format: text,
  importedAt: text,
  overrides: v.looseObject({}),
});

/** A saved comparison. */
export const comparisonSchema = v.looseObject({
  id: text,
  name: text,
  ids: v.array(text),
  pivot: v.number(),
  options: diffOptionsSchema,
  savedAt: text,
});

/** The user's settings. */
export const settingsSchema = v.looseObject({
  diff: diffOptionsSchema,
  onlyDifferences: v.boolean(),
  fontScale: v.pipe(v.number(), v.finite()),
});

/** A recent item. */
export const recentSchema = v.looseObject({ kind: text, label: text, ids: v.array(text), openedAt: text });

/** A stored draft review as it is on disk (text inline or by hash). */
export const storedReviewSchema = v.looseObject({
  id: text,
  name: text,
  text: v.optional(text),
  textHash: v.optional(text),
  top: v.number(),
  savedAt: text,
});

/** The window's last bounds. */
export const windowSchema = v.looseObject({
  x: v.optional(v.number()),
  y: v.optional(v.number()),
  width: v.number(),
  height: v.number(),
  maximized: v.optional(v.boolean()),
});

type Raw = Record<string, unknown>;
const hasText = (x: unknown): boolean => {
  const r = x as Raw;
  return typeof r.text === 'string' || (typeof r.textHash === 'string' && r.textHash !== '');
};

/** A note on a unit. */
export const isNote = (x: unknown): x is Note => v.is(noteSchema, x);
/** An imported document on disk (with its text or the hash of its text file). */
export const isStoredEntry = (x: unknown): x is Raw => v.is(storedEntrySchema, x) && hasText(x);
/** A saved comparison. */
export const isComparison = (x: unknown): x is SavedComparison => v.is(comparisonSchema, x);
/** The user's settings. */
export const isSettings = (x: unknown): x is Settings => v.is(settingsSchema, x);
/** A recent item. */
export const isRecent = (x: unknown): x is RecentItem => v.is(recentSchema, x);
/** A stored draft review on disk. */
export const isStoredReview = (x: unknown): x is Raw => v.is(storedReviewSchema, x) && hasText(x);
/** The window's last bounds. */
export const isWindow = (x: unknown): x is WindowState => v.is(windowSchema, x);
/** The diff options stored in settings and comparisons. */
export const isDiffOptions = (x: unknown): boolean => v.is(diffOptionsSchema, x);
/** A draft review in memory (text resolved). */
export const isReview = (x: unknown): x is StoredReview => isStoredReview(x) && typeof (x as Raw).text === 'string';
