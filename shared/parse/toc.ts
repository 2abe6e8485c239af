/**
 * The 目录 of a plan: a run of heading lines that repeats the body's
 * headings. It is kept as one outline node and never parsed as body.
 */
import type { LineClass } from './headings';
import { isBlank, squeeze, type SourceLine } from './lines';
import { isPlanHeading } from './marks';

/**
 * The line after the table of contents that starts at `tocLine`: the second
 * appearance of its first heading, else the first line that is not a heading.
 */
export function findTocEnd(lines: readonly SourceLine[], classes: readonly LineClass[], tocLine: number): number {
  let first = -1;
  let firstNonHeading = -1;
  for (let i = tocLine + 1; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    if (first < 0) {
      if (!isPlanHeading(classes[i])) return i;
      first = i;
      continue;
    }
    if (firstNonHeading < 0 && !isPlanHeading(classes[i])) firstNonHeading = i;
    if (isPlanHeading(classes[i]) && squeeze(lines[i].content) === squeeze(lines[first].content)) {
      return firstNonHeading >= 0 ? firstNonHeading : i;
    }
  }
  return firstNonHeading >= 0 ? firstNonHeading : lines.length;
}

/** The headings listed in a table of contents, squeezed of spaces, for completing headings broken over two lines. */
export function tocEntries(
  lines: readonly SourceLine[],
  classes: readonly LineClass[],
  tocLine: number,
  tocEnd: number,
): ReadonlySet<string> {
  const entries = new Set<string>();
  for (let i = tocLine + 1; i < tocEnd; i++) if (isPlanHeading(classes[i])) entries.add(squeeze(lines[i].content));
  return entries;
}
