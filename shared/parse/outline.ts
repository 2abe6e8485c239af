/**
 * Builds the heading tree from heading marks: a heading's span runs to the
 * last text before the next heading of the same or a higher level.
 */
import type { OutlineNode, Span } from '../model/document';
import type { SourceLine } from './lines';
import type { HeadingMark } from './marks';

interface Building {
  readonly mark: HeadingMark;
  readonly children: OutlineNode[];
}

/** For each line index, the end offset of the last non-blank line before it (lines.length → end of all). */
export function contentEnds(lines: readonly SourceLine[]): Int32Array {
  const ends = new Int32Array(lines.length + 1);
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    ends[i] = last;
    if (lines[i].contentEnd > lines[i].contentStart) last = lines[i].contentEnd;
  }
  ends[lines.length] = last;
  return ends;
}

/** A line where open headings of `level` or deeper end without a new heading (a `一、` block read as a unit). */
export interface OutlineBreak {
  readonly line: number;
  readonly level: number;
}

/** Builds the outline tree; open headings close at `closingLine`, or at a break of their level. */
export function buildOutline(
  lines: readonly SourceLine[],
  marks: readonly HeadingMark[],
  closingLine: number,
  breaks: readonly OutlineBreak[] = [],
): OutlineNode[] {
  const ends = contentEnds(lines);
  const roots: OutlineNode[] = [];
  const stack: Building[] = [];
  const finish = (b: Building, endLine: number): void => {
    const node = toNode(lines, b.mark, b.children, Math.max(ends[endLine], lines[b.mark.line].contentEnd));
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
  };
  const closeTo = (level: number, line: number): void => {
    while (stack.length > 0 && stack[stack.length - 1].mark.level >= level) finish(stack.pop()!, line);
  };
  let b = 0;
  for (const mark of marks) {
    for (; b < breaks.length && breaks[b].line < mark.line; b++) closeTo(breaks[b].level, breaks[b].line);
    closeTo(mark.level, mark.line);
    if (mark.endLine !== undefined) {
      const end = Math.max(ends[Math.min(mark.endLine, lines.length)], lines[mark.line].contentEnd);
      (stack.length > 0 ? stack[stack.length - 1].children : roots).push(toNode(lines, mark, [], end));
    } else stack.push({ mark, children: [] });
  }
  for (; b < breaks.length; b++) closeTo(breaks[b].level, breaks[b].line);
  while (stack.length > 0) finish(stack.pop()!, closingLine);
  return roots;
}

function toNode(lines: readonly SourceLine[], mark: HeadingMark, children: OutlineNode[], end: number): OutlineNode {
  const line = lines[mark.line];
  const headingSpan: Span = { start: line.contentStart, endExclusive: lines[mark.headingLastLine ?? mark.line].contentEnd };
  return {
    kind: mark.kind,
    label: mark.label,
    title: mark.title,
    span: { start: line.contentStart, endExclusive: Math.max(end, headingSpan.endExclusive) },
    headingSpan,
    children,
    ...(mark.rows ? { rows: mark.rows } : {}),
  };
}

/** How a heading reads in a unit's path: `第一章 发展环境`, `一、持续增强创新引领作用`, `专栏:…`. */
export function headingText(mark: HeadingMark): string {
  if (mark.kind === 'column') return mark.title ? `专栏:${mark.title}` : '专栏';
  if (/[、)）]$/.test(mark.label)) return `${mark.label}${mark.title}`;
  return mark.title ? `${mark.label} ${mark.title}` : mark.label;
}
