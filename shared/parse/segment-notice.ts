/**
 * Segments a notice-style document (若干措施, 实施办法, 工作方案): sections
 * `一、`, then numbered measures `1.` or items `(一)`; a `一、` block with no
 * numbered units of its own is one unit. A unit runs until the next
 * in-sequence number, so lines broken mid-sentence stay in their unit.
 */
import type { ParseWarning } from '../model/document';
import { findClosingStart, trimToClosing } from './closing';
import type { LineClass } from './headings';
import { beforeClosing, outOfSequence, unplacedText } from './line-warnings';
import { isBlank, type SourceLine } from './lines';
import type { HeadingMark, Segmentation, UnitMark } from './marks';
import { findBodyStart, firstUnit, itemsHeadMeasures, nextIsMeasure, unitBlockTest } from './notice-numbering';
import { findTopLevelRun, isTopMarker, type TopMarker } from './top-level';
import { leadTitle } from './units';

type UnitClass = Extract<LineClass, { kind: 'measure' | 'item' }>;

/** Segments lines of a notice into sections and measures/items, or `一、` blocks read as units. */
export function segmentNotice(lines: readonly SourceLine[], classes: readonly LineClass[]): Segmentation {
  const first = findBodyStart(classes);
  const run = findTopLevelRun(lines, classes, first ?? lines.length);
  const start = run ? run.markers[0] : first;
  if (start === null) return { headings: [], units: [], bodyStart: lines.length, closingStart: lines.length, warnings: [] };
  const pointsEnd = run?.end ?? lines.length;
  const unitKind = firstUnit(classes, start, unitBlockTest(run))?.kind ?? 'measure';
  const subHeadings = unitKind === 'item' && itemsHeadMeasures(lines, classes, start);
  const measureKind = subHeadings ? 'measure' : unitKind;
  const headings: HeadingMark[] = [];
  const units: UnitMark[] = [];
  const warnings: ParseWarning[] = [];
  let lastSection = 0;
  let lastItem = 0;
  let lastUnit = 0;
  let sectionSinceUnit = false;
  let inPoint = false;
  let open: { mark: Omit<UnitMark, 'endLine'>; last: number } | null = null;
  const close = (): void => {
    if (open) units.push({ ...open.mark, endLine: open.last + 1 });
    open = null;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const c = classes[i];
    if (inPoint && i >= pointsEnd) {
      close();
      inPoint = false;
    }
    if (isTopMarker(c) && (run ? i === run.markers[lastSection] : c.kind === 'section' && c.number === lastSection + 1)) {
      close();
      lastSection++;
      lastItem = 0;
      sectionSinceUnit = true;
      inPoint = run !== null && run.unitBlocks.has(i);
      if (inPoint) open = { mark: pointMark(line, c, i), last: i };
      else headings.push(sectionMark(c, i));
      continue;
    }
    if (!inPoint && subHeadings && c.kind === 'item' && c.number === lastItem + 1) {
      close();
      lastItem = c.number;
      if (nextIsMeasure(lines, classes, i)) {
        headings.push({
          kind: 'section',
          label: c.label,
          title: c.rest.replace(/[。.]\s*$/, ''),
          number: c.number,
          level: 2,
          idKey: 'i',
          line: i,
        });
        sectionSinceUnit = true;
      } else open = { mark: unitMark(line, c, i), last: i };
      continue;
    }
    if (!inPoint && c.kind === measureKind && (c.number === lastUnit + 1 || (c.number === 1 && sectionSinceUnit && lastUnit > 0))) {
      close();
      open = { mark: unitMark(line, c, i), last: i };
      lastUnit = c.number;
      sectionSinceUnit = false;
      continue;
    }
    if (open) {
      if (isTopMarker(c) || (!inPoint && c.kind === measureKind)) warnings.push(outOfSequence(line));
      open.last = i;
    } else {
      warnings.push(unplacedText(line));
    }
  }
  close();
  const lastStart = units.length > 0 ? units[units.length - 1].startLine : start;
  const closingStart = findClosingStart(lines, lastStart);
  return {
    headings,
    units: trimToClosing(units, closingStart),
    bodyStart: start,
    closingStart,
    warnings: beforeClosing(warnings, lines, closingStart),
  };
}

/** A measure or item starting at line `i`. */
function unitMark(line: SourceLine, c: UnitClass, i: number): Omit<UnitMark, 'endLine'> {
  return { kind: c.kind, label: c.label, number: c.number, startLine: i, bodyStart: line.contentEnd - c.rest.length };
}

/** A `一、` block read as one unit: label `一`, a heading line's words as its title, closing open sections. */
function pointMark(line: SourceLine, c: TopMarker, i: number): Omit<UnitMark, 'endLine'> {
  const base = { kind: 'point', number: c.number, startLine: i, level: 1 } as const;
  if (c.kind === 'point') return { ...base, label: c.label, bodyStart: line.contentEnd - c.rest.length };
  return {
    ...base,
    label: c.label.replace(/、$/, ''),
    bodyStart: line.contentEnd - c.title.length,
    title: c.title.replace(/[。.]\s*$/, ''),
  };
}

/** A `一、` heading; a sentence's lead phrase is its title (`一、强化创新引领。围绕…：` over `1.` measures). */
function sectionMark(c: TopMarker, i: number): HeadingMark {
  if (c.kind === 'section') return { kind: 'section', label: c.label, title: c.title, number: c.number, level: 1, line: i };
  return { kind: 'section', label: `${c.label}、`, title: leadTitle(c.rest) || c.rest, number: c.number, level: 1, line: i };
}
