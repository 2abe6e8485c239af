/**
 * Segments a notice-style document (若干措施, 实施办法, 工作方案): sections
 * `一、`, then numbered measures `1.` or items `(一)`. A unit runs until the
 * next in-sequence number, so lines broken mid-sentence stay in their unit.
 */
import type { ParseWarning } from '../model/document';
import { findClosingStart } from './closing';
import type { LineClass } from './headings';
import { isBlank, type SourceLine } from './lines';
import type { HeadingMark, Segmentation, UnitMark } from './marks';

type UnitClass = Extract<LineClass, { kind: 'measure' | 'item' }>;

/** Index of the first unit start of either numbering after `from`, and which numbering it is. */
function firstUnit(classes: readonly LineClass[], from: number): { index: number; kind: 'measure' | 'item' } | null {
  for (let i = from; i < classes.length; i++) {
    const c = classes[i];
    if ((c.kind === 'measure' || c.kind === 'item') && c.number === 1) return { index: i, kind: c.kind };
  }
  return null;
}

/** Where the body starts: the first `一、` heading followed by a unit numbered 1, else that unit. */
function findBodyStart(classes: readonly LineClass[]): { start: number; unitKind: 'measure' | 'item' } | null {
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (c.kind === 'section' && c.number === 1) {
      const unit = firstUnit(classes, i + 1);
      if (unit) return { start: i, unitKind: unit.kind };
    }
  }
  const unit = firstUnit(classes, 0);
  return unit ? { start: unit.index, unitKind: unit.kind } : null;
}

/** True when the next non-blank line after `at` starts a measure. */
function nextIsMeasure(lines: readonly SourceLine[], classes: readonly LineClass[], at: number): boolean {
  let j = at + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j < lines.length && classes[j].kind === 'measure';
}

/**
 * True when `(一)` items are sub-headings over `1.` measures (一、 → (一) → 1.):
 * most items are followed directly by a measure numbered 1 or continuing.
 */
function itemsHeadMeasures(lines: readonly SourceLine[], classes: readonly LineClass[], from: number): boolean {
  let items = 0;
  let heading = 0;
  for (let i = from; i < classes.length; i++) {
    if (classes[i].kind !== 'item') continue;
    items++;
    if (nextIsMeasure(lines, classes, i)) heading++;
  }
  return items > 0 && heading * 2 >= items;
}

/** Segments lines of a notice into sections and measures/items. */
export function segmentNotice(lines: readonly SourceLine[], classes: readonly LineClass[]): Segmentation {
  const body = findBodyStart(classes);
  if (!body) return { headings: [], units: [], bodyStart: lines.length, closingStart: lines.length, warnings: [] };
  const subHeadings = body.unitKind === 'item' && itemsHeadMeasures(lines, classes, body.start);
  const unitKind = subHeadings ? 'measure' : body.unitKind;
  const headings: HeadingMark[] = [];
  const units: UnitMark[] = [];
  const warnings: ParseWarning[] = [];
  let lastSection = 0;
  let lastItem = 0;
  let lastUnit = 0;
  let sectionSinceUnit = false;
  let open: { c: UnitClass; line: number; last: number } | null = null;
  const close = (): void => {
    if (!open) return;
    const { c, line, last } = open;
    units.push({ kind: c.kind, label: c.label, number: c.number, startLine: line, endLine: last + 1, bodyStart: lines[line].contentEnd - c.rest.length });
    open = null;
  };
  for (let i = body.start; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const c = classes[i];
    if (c.kind === 'section' && c.number === lastSection + 1) {
      close();
      headings.push({ kind: 'section', label: c.label, title: c.title, number: c.number, level: 1, line: i });
      lastSection = c.number;
      lastItem = 0;
      sectionSinceUnit = true;
      continue;
    }
    if (subHeadings && c.kind === 'item' && c.number === lastItem + 1) {
      close();
      lastItem = c.number;
      if (nextIsMeasure(lines, classes, i)) {
        headings.push({ kind: 'section', label: c.label, title: c.rest.replace(/[。.]\s*$/, ''), number: c.number, level: 2, idKey: 'i', line: i });
        sectionSinceUnit = true;
      } else open = { c, line: i, last: i };
      continue;
    }
    if (c.kind === unitKind && (c.number === lastUnit + 1 || (c.number === 1 && sectionSinceUnit && lastUnit > 0))) {
      close();
      open = { c, line: i, last: i };
      lastUnit = c.number;
      sectionSinceUnit = false;
      continue;
    }
    if (open) {
      if (c.kind === unitKind || c.kind === 'section') warnings.push(outOfSequence(line));
      open.last = i;
    } else {
      warnings.push({ code: 'unplaced-text', message: '文字不属于任何措施 / text outside any measure', span: { start: line.contentStart, endExclusive: line.contentEnd } });
    }
  }
  close();
  const lastStart = units.length > 0 ? units[units.length - 1].startLine : body.start;
  const closingStart = findClosingStart(lines, lastStart);
  return { headings, units: trimToClosing(units, closingStart), bodyStart: body.start, closingStart, warnings: warnings.filter((w) => w.span.start < (lines[closingStart]?.start ?? Infinity)) };
}

function outOfSequence(line: SourceLine): ParseWarning {
  return {
    code: 'out-of-sequence',
    message: '编号不连续,按上一条的续文处理 / numbering out of sequence, read as part of the previous unit',
    span: { start: line.contentStart, endExclusive: line.contentEnd },
  };
}

/** Cuts the last unit at the closing so sign-off lines are not part of it. */
function trimToClosing(units: UnitMark[], closingStart: number): UnitMark[] {
  return units.map((u) => (u.endLine > closingStart ? { ...u, endLine: Math.max(u.startLine + 1, closingStart) } : u));
}
