/**
 * The intermediate reading of a document: where headings and units start and
 * end, by line. Segmenters produce it; the outline and unit builders turn it
 * into the document model.
 */
import type { IndicatorRow, OutlineKind, ParseWarning, UnitKind } from '../model/document';
import type { LineClass } from './headings';

/** A heading, box or table found at a line; `endLine` (exclusive) is set for leaves (table, toc). */
export interface HeadingMark {
  readonly kind: OutlineKind;
  readonly label: string;
  readonly title: string;
  /** number used in unit ids (printed number, or a running count for boxes) */
  readonly number: number;
  /** nesting depth: a heading closes every open heading of the same or a deeper level */
  readonly level: number;
  /** id prefix when it differs from the kind's (an `(一)` sub-heading is `i`) */
  readonly idKey?: string;
  readonly line: number;
  /** last line of a heading printed over two lines (`…同乡村振兴` / `有效衔接`) */
  readonly headingLastLine?: number;
  readonly endLine?: number;
  readonly rows?: readonly IndicatorRow[];
}

/** A unit found at `[startLine, endLine)`; `bodyStart` is the offset after its printed number. */
export interface UnitMark {
  readonly kind: UnitKind;
  readonly label: string;
  readonly number: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly bodyStart: number;
  /** the lead title when the segmenter knows it (a `一、` heading line); otherwise read from the body */
  readonly title?: string;
  /** set for a unit at heading depth (a `一、` block): it closes open headings of this level or deeper */
  readonly level?: number;
}

/** Result of segmenting a document's lines. */
export interface Segmentation {
  readonly headings: readonly HeadingMark[];
  readonly units: readonly UnitMark[];
  /** first line of the body; everything before is preamble */
  readonly bodyStart: number;
  /** first line of the closing (sign-off, page chrome); lines.length when none */
  readonly closingStart: number;
  readonly warnings: readonly ParseWarning[];
}

/** Id prefix of a heading kind inside unit ids: `p2.c5.s1.p3`, `s3.m12`. */
export function idPrefix(kind: OutlineKind): string {
  switch (kind) {
    case 'part':
      return 'p';
    case 'chapter':
      return 'c';
    case 'section':
      return 's';
    case 'column':
      return 'k';
    case 'table':
      return 't';
    case 'toc':
      return 'toc';
  }
}

/** A 篇/章/节 line, as plans and 办法 both print them. */
export type PlanHeadingClass = Extract<LineClass, { kind: 'part' | 'chapter' | 'plan-section' }>;

const planLevels = { part: 1, chapter: 2, 'plan-section': 3 } as const;
const planKinds = { part: 'part', chapter: 'chapter', 'plan-section': 'section' } as const;

/** True for a 第X篇 / 第X章 / 第X节 heading line. */
export const isPlanHeading = (c: LineClass): c is PlanHeadingClass =>
  c.kind === 'part' || c.kind === 'chapter' || c.kind === 'plan-section';

/** The heading mark of a 篇/章/节 line: 篇 > 章 > 节 nest as levels 1 > 2 > 3. */
export function planHeadingMark(c: PlanHeadingClass, line: number, title = c.title): HeadingMark {
  return { kind: planKinds[c.kind], label: c.label, title, number: c.number, level: planLevels[c.kind], line };
}
