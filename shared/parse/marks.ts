/**
 * The intermediate reading of a document: where headings and units start and
 * end, by line. Segmenters produce it; the outline and unit builders turn it
 * into the document model.
 */
import type { IndicatorRow, OutlineKind, ParseWarning, UnitKind } from '../model/document';

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
