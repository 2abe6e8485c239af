/**
 * What a word diff may spend before it falls back to sentences: one readonly
 * options object for every caller (the compare view, the draft review, the
 * CLI), instead of a time budget per call site.
 */

/** The word diff's budgets. */
export interface DiffLimits {
  /** wall-clock budget of one diff, ms (VS Code's `maxComputationTimeMs`); past it the result has `hitTimeout` */
  readonly maxComputationTimeMs: number;
  /**
   * most edits the word search may find in one stretch, as a share of the
   * stretch's tokens (both sides); past it the result has `hitEditLimit`: the
   * texts differ too much for a word-by-word reading to help
   */
  readonly maxEditShare: number;
  /** ...but never fewer edits than this (short stretches are always diffed word by word) */
  readonly minEditLimit: number;
  /** ...nor more than this: the search keeps about d² steps after d edits (2,000 edits: ~36 MB) */
  readonly maxEditLimit: number;
}

/** The defaults: a diff of two measures takes a few milliseconds, so these are only reached by whole documents. */
export const defaultDiffLimits: DiffLimits = { maxComputationTimeMs: 200, maxEditShare: 0.75, minEditLimit: 200, maxEditLimit: 2000 };

/** The limits with the caller's overrides. */
export function diffLimits(overrides: Partial<DiffLimits> = {}): DiffLimits {
  return { ...defaultDiffLimits, ...overrides };
}

/** Why a diff fell back to a coarser one (VS Code's engine reports `hitTimeout` the same way). */
export interface DiffFallback {
  /** the word search ran out of time */
  readonly hitTimeout: boolean;
  /** the word search gave up: more edits than `maxEditShare` allows */
  readonly hitEditLimit: boolean;
}

/** The note shown under a diff that fell back, or null when it did not; Chinese for the UI. */
export function fallbackNote(diff: { readonly coarse: boolean } & Partial<DiffFallback>): string | null {
  if (diff.hitTimeout) return '差异按句比较(逐词比较超时)';
  if (diff.hitEditLimit) return '差异按句比较(改动过多,逐词标注难以阅读)';
  // a comparison saved before the reason was recorded
  return diff.coarse ? '差异按句比较' : null;
}
