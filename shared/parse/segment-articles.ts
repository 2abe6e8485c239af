/**
 * Segments a 办法/条例 written as articles: `第一章 总则` (and 第X节 inside
 * chapters) as headings, each `第一条`, `第二条` … as one unit. Articles number
 * on across chapters; an article runs until the next in-sequence 第X条 or
 * heading, so `（一）` sub-items and broken lines stay inside it.
 */
import type { ParseWarning } from '../model/document';
import { findClosingStart, trimToClosing } from './closing';
import type { LineClass } from './headings';
import { beforeClosing, outOfSequence, unplacedText } from './line-warnings';
import { isBlank, type SourceLine } from './lines';
import { isPlanHeading, planHeadingMark, type HeadingMark, type Segmentation, type UnitMark } from './marks';

type ArticleClass = Extract<LineClass, { kind: 'article' }>;

const isArticle = (c: LineClass, n: number): c is ArticleClass => c.kind === 'article' && c.number === n;

/** The first `第一条` that a `第二条` follows, or -1: a document is read as articles only when the numbering runs. */
export function firstArticle(classes: readonly LineClass[]): number {
  const one = classes.findIndex((c) => isArticle(c, 1));
  return one >= 0 && classes.some((c, i) => i > one && isArticle(c, 2)) ? one : -1;
}

/** Where the body starts: the headings numbered 1 (第一章, 第一节) directly above the first article, else the article. */
function bodyStart(lines: readonly SourceLine[], classes: readonly LineClass[], article: number): number {
  let start = article;
  for (let i = article - 1; i >= 0; i--) {
    if (isBlank(lines[i])) continue;
    const c = classes[i];
    if (!isPlanHeading(c) || c.number !== 1) break;
    start = i;
  }
  return start;
}

/** Segments an article-style document into 篇/章/节 headings and 第X条 units. */
export function segmentArticles(lines: readonly SourceLine[], classes: readonly LineClass[]): Segmentation {
  const start = bodyStart(lines, classes, firstArticle(classes));
  const headings: HeadingMark[] = [];
  const units: UnitMark[] = [];
  const warnings: ParseWarning[] = [];
  const last = { part: 0, chapter: 0, 'plan-section': 0 };
  let lastArticle = 0;
  let headingSinceArticle = false;
  let open: { c: ArticleClass; line: number; last: number } | null = null;
  const close = (): void => {
    if (!open) return;
    const { c, line, last: end } = open;
    units.push({
      kind: 'article',
      label: c.label,
      number: c.number,
      startLine: line,
      endLine: end + 1,
      bodyStart: lines[line].contentEnd - c.rest.length,
    });
    open = null;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const c = classes[i];
    if (
      isPlanHeading(c) &&
      (c.number === last[c.kind] + 1 || (c.number === 1 && c.kind === 'chapter' && headings.at(-1)?.kind === 'part'))
    ) {
      close();
      headings.push(planHeadingMark(c, i));
      last[c.kind] = c.number;
      if (c.kind !== 'plan-section') last['plan-section'] = 0; // 节 restart in each chapter
      headingSinceArticle = true;
      continue;
    }
    if (c.kind === 'article' && (c.number === lastArticle + 1 || (c.number === 1 && headingSinceArticle))) {
      close();
      open = { c, line: i, last: i };
      lastArticle = c.number;
      headingSinceArticle = false;
      continue;
    }
    if (open) {
      if (c.kind === 'article' || isPlanHeading(c)) warnings.push(outOfSequence(line));
      open.last = i;
    } else {
      warnings.push(unplacedText(line));
    }
  }
  close();
  const closingStart = findClosingStart(lines, units.length > 0 ? units[units.length - 1].startLine : start);
  return {
    headings,
    units: trimToClosing(units, closingStart),
    bodyStart: start,
    closingStart,
    warnings: beforeClosing(warnings, lines, closingStart),
  };
}
