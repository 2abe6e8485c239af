/**
 * What the engine produces: aligned groups of units, word diffs, target
 * comparisons, precedents, gaps and search hits. Shapes follow DESIGN.md's
 * CLI contract, so `compare --json` prints a `Comparison` as it is.
 */
import type { DocumentMeta, Target } from './document';

/** One edit of a word diff. Texts are original characters, never normalised ones. */
export interface DiffOp {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Options the user can toggle for a diff. */
export interface DiffOptions {
  /** fold full-width and half-width punctuation together */
  readonly ignorePunctuationWidth: boolean;
  readonly ignoreWhitespace: boolean;
  /** treat 市/区/县 and 全市/全区/全县 as equal */
  readonly ignoreLevelWords: boolean;
}

/**
 * How closely a pair of units corresponds, from the engine's calibrated score:
 * 同条 the same clause, lightly edited; 同事项 the same matter in other words;
 * 相关 related by topic (shown, and marked as such).
 */
export type PairTier = 'same-clause' | 'same-matter' | 'related';

/** A unit placed in a group: document index (argument order) and unit. */
export interface GroupMember {
  readonly doc: number;
  readonly unitId: string;
  readonly label: string;
  readonly ordinal: number;
  /** similarity of this member to the group's pivot member, 0..1 */
  readonly score: number;
  /** the tier of that pair; null for the group's base member, for a unit alone in its group and for a hand-made pair */
  readonly tier: PairTier | null;
  /** a person placed this unit here by hand: paired to the group (人工对齐) or split off a pair (人工拆开) */
  readonly manual?: 'paired' | 'split';
}

/** A unit of one compared document, by document index (argument order) and unit id. */
export interface UnitAt {
  readonly doc: number;
  readonly unitId: string;
}

/**
 * A hand correction of an alignment: put two units of different documents in one row
 * (对齐到…), or take them apart (拆开). Applied after the engine aligns, in order.
 */
export type AlignmentCorrection =
  { readonly kind: 'pair'; readonly a: UnitAt; readonly b: UnitAt } | { readonly kind: 'split'; readonly a: UnitAt; readonly b: UnitAt };

/** Why a correction could not be applied (the documents changed since, or it says nothing new). */
export interface SkippedCorrection {
  readonly correction: AlignmentCorrection;
  readonly reason: 'unknown-unit' | 'same-document' | 'not-paired';
}

/** The diff of one member against the pivot member of its group. */
export interface MemberDiff {
  readonly doc: number;
  readonly unitId: string;
  readonly ops: readonly DiffOp[];
  /** the word diff fell back to sentences; `hitTimeout` or `hitEditLimit` says why */
  readonly coarse: boolean;
  /** the word diff ran out of time (absent in comparisons saved before it was recorded) */
  readonly hitTimeout?: boolean;
  /** the texts differ in more places than a word-by-word reading helps with */
  readonly hitEditLimit?: boolean;
}

/** How one metric's targets compare across the documents of a group. */
export interface TargetComparison {
  readonly metric: string;
  /** one entry per document index; null where that document has no such target */
  readonly values: readonly ({ readonly doc: number; readonly target: Target } | null)[];
  /** same metric, different value or unit: the change a reviewer looks for first */
  readonly changed: boolean;
}

/** A row of the comparison: corresponding units of the documents. */
export interface AlignedGroup {
  readonly members: readonly GroupMember[];
  /** the group's cohesion, 0..1 (1 for a singleton) */
  readonly score: number;
  /** the weakest tier among the group's pairs; null for a unit alone in its group */
  readonly tier: PairTier | null;
  /** a document contributes two or more units that together correspond to one unit elsewhere */
  readonly merged: boolean;
  readonly diffs: readonly MemberDiff[];
  readonly targets: readonly TargetComparison[];
}

/**
 * A pair of units that the alignment of their two documents made but that sit in different rows: with
 * three or more documents a row cannot hold every pair (A1–B1 and B1–C1 paired, A1–C1 not). The pair
 * is as much a pair as one in a row; the view links the two rows (另见第 N 行).
 */
export interface PairLink {
  readonly a: UnitAt;
  readonly b: UnitAt;
  /** the pair's similarity, 0..1 */
  readonly score: number;
  readonly tier: PairTier;
}

/** The result of comparing 2–4 (or more) documents. */
export interface Comparison {
  readonly documents: readonly DocumentMeta[];
  /** index of the base document that diffs are computed against */
  readonly pivot: number;
  readonly groups: readonly AlignedGroup[];
  /** pairs whose two units the rows put apart; absent when every pair sits in a row */
  readonly links?: readonly PairLink[];
  /** hand corrections that no longer fit the documents; absent when every correction applied */
  readonly skippedCorrections?: readonly SkippedCorrection[];
}

/** A unit elsewhere in the corpus that resembles a draft unit. */
export interface Precedent {
  /** corpus document id */
  readonly doc: string;
  readonly unitId: string;
  readonly label: string;
  readonly title: string;
  readonly score: number;
}

/** A draft unit with its nearest precedents. */
export interface UnitPrecedents {
  readonly unitId: string;
  readonly label: string;
  readonly title: string;
  readonly precedents: readonly Precedent[];
}

/** Where a missing measure would sit in the draft's outline. */
export interface GapPlace {
  /** the draft measure it would follow; null: before the first measure */
  readonly afterUnitId: string | null;
  /** that measure's label as printed ('' when none) */
  readonly afterLabel: string;
  /** the draft heading it would come under, null when the draft has none there */
  readonly heading: string | null;
}

/** A matter that two or more precedents cover (by the cross-document alignment) and no draft measure covers at 同事项 or better. */
export interface Gap {
  /** a representative title of the missing measure */
  readonly title: string;
  /** how many precedent documents cover it */
  readonly support: number;
  /** ids of those documents */
  readonly documents: readonly string[];
  /** the precedent units that make up this gap (one row of the alignment) */
  readonly precedents: readonly Precedent[];
  /** a suggested place in the draft */
  readonly place: GapPlace;
}

/** The result of checking a draft against the corpus. */
export interface DraftCheck {
  readonly draft: DocumentMeta;
  readonly units: readonly UnitPrecedents[];
  readonly gaps: readonly Gap[];
}

/** A highlighted stretch of a search hit, half-open offsets into `snippet`. */
export interface Highlight {
  readonly start: number;
  readonly endExclusive: number;
}

/** Where a search hit sits: a unit, or text of the document outside its units (标题 / 前言 / 结尾 / a heading). */
export type SearchPlace =
  | { readonly kind: 'unit' }
  | { readonly kind: 'title' }
  | { readonly kind: 'preamble' }
  | { readonly kind: 'closing' }
  | { readonly kind: 'heading'; readonly heading: string };

/** How a hit matched: the whole query as written, every term of it, or approximately (近似匹配). */
export type SearchMatch = 'phrase' | 'all-terms' | 'fuzzy';

/** One search result: a unit (or a title, preamble, heading, closing) of some corpus document. */
export interface SearchHit {
  readonly doc: string;
  /** '' when the hit is outside the units */
  readonly unitId: string;
  readonly label: string;
  readonly title: string;
  readonly path: readonly string[];
  readonly place: SearchPlace;
  readonly match: SearchMatch;
  readonly score: number;
  readonly snippet: string;
  readonly highlights: readonly Highlight[];
}

/** A search's answer: exact hits, and only when there are none, approximate ones kept apart with a suggestion. */
export interface SearchResult {
  readonly query: string;
  /** hits containing the query as written (phrase first, then all terms), at most the limit */
  readonly exact: readonly SearchHit[];
  /** how many exact hits there are in all */
  readonly exactTotal: number;
  /** 近似匹配: filled only when nothing matches exactly */
  readonly fuzzy: readonly SearchHit[];
  /** 您是不是要找: a phrase of the corpus close to the query, when nothing matches exactly */
  readonly suggestion?: string;
  /** why the list ended: every hit listed, or cut at the limit */
  readonly stopped: 'complete' | 'limit';
}

/** Filters a search may apply to the corpus. */
export interface SearchFilters {
  readonly region?: string;
  readonly year?: number;
  readonly kind?: string;
  /** substring of a heading on the unit's path */
  readonly section?: string;
  /** 责任单位: an office as any of its names (市发改委 = 市发展和改革委员会); without 市/区 any level */
  readonly office?: string;
}
