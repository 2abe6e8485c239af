/**
 * Segments a plan (规划纲要): 篇 > 章 > 节 headings, 专栏 boxes, indicator
 * tables and the 目录. Units are the paragraphs under the headings; a line
 * broken mid-sentence joins the next line's paragraph.
 */
import { findClosingStart } from './closing';
import type { LineClass } from './headings';
import { isBlank, squeeze, type SourceLine } from './lines';
import { isPlanHeading, planHeadingMark, type HeadingMark, type Segmentation, type UnitMark } from './marks';
import { isTableStart, parseTable } from './tables';
import { findTocEnd, tocEntries } from './toc';

/** True when a line ends its paragraph: terminal punctuation, or nothing follows. */
function endsParagraph(content: string): boolean {
  return /[。！？!?；;：:”」』)）】]$/.test(content);
}

/** The 目录 node (if any) and the first body line. */
function locateBody(
  lines: readonly SourceLine[],
  classes: readonly LineClass[],
): { toc: HeadingMark | null; start: number; entries: ReadonlySet<string> } {
  const tocLine = classes.findIndex((c) => c.kind === 'toc');
  const from = tocLine >= 0 ? findTocEnd(lines, classes, tocLine) : 0;
  let start = from;
  while (start < lines.length && !isPlanHeading(classes[start])) start++;
  const toc: HeadingMark | null =
    tocLine >= 0 ? { kind: 'toc', label: '目录', title: '目录', number: 1, level: 0, line: tocLine, endLine: from } : null;
  return { toc, start, entries: tocLine >= 0 ? tocEntries(lines, classes, tocLine, from) : new Set() };
}

/** The next line completing a heading broken over two lines, when the 目录 lists the joined heading. */
function headingContinuation(lines: readonly SourceLine[], at: number, entries: ReadonlySet<string>): number | null {
  const own = squeeze(lines[at].content);
  if (entries.size === 0 || entries.has(own)) return null;
  let j = at + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j < lines.length && entries.has(own + squeeze(lines[j].content)) ? j : null;
}

/** Segments a plan's lines into headings, boxes, tables and paragraph units. */
export function segmentPlan(lines: readonly SourceLine[], classes: readonly LineClass[]): Segmentation {
  const { toc, start, entries } = locateBody(lines, classes);
  const headings: HeadingMark[] = toc ? [toc] : [];
  const units: UnitMark[] = [];
  let lastHeadingLine = start;
  let columns = 0;
  let tables = 0;
  let ordinal = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const c = classes[i];
    if (isPlanHeading(c)) {
      const more = headingContinuation(lines, i, entries);
      const title = more === null ? c.title : c.title + lines[more].content;
      headings.push({ ...planHeadingMark(c, i, title), ...(more === null ? {} : { headingLastLine: more }) });
      ordinal = 0;
      if (more !== null) i = more;
      lastHeadingLine = i;
      continue;
    }
    if (c.kind === 'column') {
      headings.push({ kind: 'column', label: '专栏', title: c.title, number: ++columns, level: 4, line: i });
      ordinal = 0;
      lastHeadingLine = i;
      continue;
    }
    if (isTableStart(lines, i)) {
      const table = parseTable(lines, i);
      headings.push({
        kind: 'table',
        label: '表',
        title: line.content,
        number: ++tables,
        level: 5,
        line: i,
        endLine: table.endLine,
        rows: table.rows,
      });
      i = table.endLine - 1;
      continue;
    }
    const end = paragraphEnd(lines, classes, i);
    units.push({ kind: 'paragraph', label: '', number: ++ordinal, startLine: i, endLine: end, bodyStart: line.contentStart });
    i = end - 1;
  }
  const closingStart = findClosingStart(lines, lastHeadingLine);
  const kept = units.filter((u) => u.startLine < closingStart).map((u) => (u.endLine > closingStart ? { ...u, endLine: closingStart } : u));
  return { headings, units: kept, bodyStart: start, closingStart, warnings: [] };
}

/** The line after a paragraph that starts at `from`, joining lines broken mid-sentence. */
function paragraphEnd(lines: readonly SourceLine[], classes: readonly LineClass[], from: number): number {
  let last = from;
  for (let i = from + 1; i < lines.length; i++) {
    if (endsParagraph(lines[last].content)) break;
    if (isBlank(lines[i])) continue;
    const c = classes[i];
    if (isPlanHeading(c) || c.kind === 'column' || c.kind === 'toc') break;
    if (isTableStart(lines, i)) break;
    last = i;
  }
  return last + 1;
}
