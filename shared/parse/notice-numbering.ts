/**
 * How a notice numbers its units: where the numbered body starts, whether
 * `1.` measures or `(一)` items are the units, and whether `(一)` items are
 * sub-headings over `1.` measures. Read from sequences, not wording.
 */
import type { LineClass } from './headings';
import { isBlank, type SourceLine } from './lines';
import type { TopLevelRun } from './top-level';

/** Index of the first unit start of either numbering after `from` (outside `skip`), and which numbering it is. */
export function firstUnit(
  classes: readonly LineClass[],
  from: number,
  skip: (line: number) => boolean = () => false,
): { index: number; kind: 'measure' | 'item' } | null {
  for (let i = from; i < classes.length; i++) {
    const c = classes[i];
    if ((c.kind === 'measure' || c.kind === 'item') && c.number === 1 && !skip(i)) return { index: i, kind: c.kind };
  }
  return null;
}

/** Where the numbered body starts: the first `一、` heading followed by a unit numbered 1, else that unit; null when none. */
export function findBodyStart(classes: readonly LineClass[]): number | null {
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (c.kind === 'section' && c.number === 1 && firstUnit(classes, i + 1)) return i;
  }
  return firstUnit(classes, 0)?.index ?? null;
}

/** True when the next non-blank line after `at` starts a measure. */
export function nextIsMeasure(lines: readonly SourceLine[], classes: readonly LineClass[], at: number): boolean {
  let j = at + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j < lines.length && classes[j].kind === 'measure';
}

/**
 * True when `(一)` items are sub-headings over `1.` measures (一、 → (一) → 1.):
 * most items are followed directly by a measure numbered 1 or continuing.
 */
export function itemsHeadMeasures(lines: readonly SourceLine[], classes: readonly LineClass[], from: number): boolean {
  let items = 0;
  let heading = 0;
  for (let i = from; i < classes.length; i++) {
    if (classes[i].kind !== 'item') continue;
    items++;
    if (nextIsMeasure(lines, classes, i)) heading++;
  }
  return items > 0 && heading * 2 >= items;
}

/** A test for lines inside `一、` blocks read as units, whose numbered lines are sub-items. */
export function unitBlockTest(run: TopLevelRun | null): (line: number) => boolean {
  if (!run || run.unitBlocks.size === 0) return () => false;
  const ranges = run.markers.map((m, k) => ({ inside: run.unitBlocks.has(m), from: m, to: run.markers[k + 1] ?? run.end }));
  return (line) => ranges.some((r) => r.inside && line >= r.from && line < r.to);
}
