/**
 * Which cells fold to one line and what that line shows: shared by the cell
 * (what is rendered) and find in view (what is counted), so both agree.
 */
import type { Cell } from './compare-model';

/** Text longer than this folds to one line when it has no change marks. */
export const foldAbove = 50;

/** Whether a cell folds to one line unless its row is expanded. */
export function isFoldable(cell: Cell): boolean {
  return cell.unchanged && cell.units.some((u) => u.unit.text.length > foldAbove);
}

/** The text after its own number and lead title, for the one folded line (the title already shows). */
export function restAfterTitle(text: string, title: string): string {
  const at = title ? text.indexOf(title) : -1;
  if (at < 0 || at > 12) return text;
  return text.slice(at + title.length).replace(/^[。.,,::;;\s]+/, '');
}
