/**
 * Find in the compare view: the grid is virtualised (rows out of view are not
 * rendered), so the count comes from the rows' model: each row's texts in the
 * order its cells render them (lead title, then the text or its word diff, or
 * the one folded line of an unchanged long cell).
 */
import { useMemo, useRef, type RefObject } from 'react';
import type { Row } from '../compare/compare-model';
import type { FindModel } from './FindInView';
import { isFoldable, restAfterTitle } from '../compare/fold';

/** Elements of a compare row whose text find searches, matching `rowTexts`. */
export const compareFindScope = '.unit-title, .cell-text, .folded-rest';

/** A row's texts as its cells show them (folded, as a row is until 展开). */
export function rowTexts(row: Row): string[] {
  return row.cells.flatMap((cell) => {
    const folded = isFoldable(cell);
    return cell.units.flatMap(({ unit, ops, rewritten }) => [
      unit.title,
      folded ? restAfterTitle(unit.text, unit.title) : ops && !rewritten ? ops.map((o) => o.text).join('') : unit.text,
    ]);
  });
}

/** The find model of the rows shown; `goTo(rowIndex)` scrolls a row into the grid's window. */
export function useCompareFind(rows: readonly Row[], root: RefObject<HTMLElement | null>, goTo: (rowIndex: number) => void): FindModel {
  const latest = useRef(goTo);
  latest.current = goTo;
  return useMemo(() => {
    let items: string[][] | null = null;
    return {
      items: () => (items ??= rows.map(rowTexts)),
      reveal: (item: number) => latest.current(rows[item].index),
      elementOf: (item: number) => root.current?.querySelector(`[data-group="${rows[item].index}"]`) ?? null,
    };
  }, [rows, root]);
}
