import { describe, expect, it } from 'vitest';
import { visibleRows, type Row, type RowKind } from '../../../../renderer/src/compare/compare-model';

const row = (index: number, kind: RowKind): Row => ({ index, kind, changed: kind !== 'same', merged: false, score: 1, section: '', cells: [] });
const rows = [row(0, 'same'), row(1, 'changed'), row(2, 'added'), row(3, 'missing'), row(4, 'added')];

describe('visibleRows', () => {
  it('shows every row with no filter, and only differing rows when asked', () => {
    expect(visibleRows(rows, { onlyDifferences: false, kind: null })).toBe(rows);
    expect(visibleRows(rows, { onlyDifferences: true, kind: null }).map((r) => r.index)).toEqual([1, 2, 3, 4]);
  });

  it('keeps only the kind picked in the summary strip, in order, together with only-differences', () => {
    expect(visibleRows(rows, { onlyDifferences: false, kind: 'added' }).map((r) => r.index)).toEqual([2, 4]);
    expect(visibleRows(rows, { onlyDifferences: true, kind: 'same' })).toEqual([]);
  });
});
