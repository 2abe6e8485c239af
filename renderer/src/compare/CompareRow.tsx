/** A row of the grid: one cell per document, marked when current, changed or merged. */
import { memo } from 'react';
import type { Row } from './compare-model';
import type { NotesState } from '../app/use-notes';
import { CompareCell } from './CompareCell';
import { Similarity } from '../app/Similarity';

/** Props of a row. */
export interface CompareRowProps {
  readonly row: Row;
  readonly ids: readonly string[];
  readonly pivot: number;
  readonly current: boolean;
  readonly notes: NotesState;
  readonly onSelect: (index: number) => void;
  readonly onRead: (docId: string, unitId: string) => void;
}

const kindLabel = { same: '相同', changed: '有改动', added: '基准无此条', missing: '有缺失' } as const;

/** Renders one aligned group. */
export const CompareRow = memo(function CompareRow({ row, ids, pivot, current, notes, onSelect, onRead }: CompareRowProps) {
  return (
    <div
      className={`compare-row row-${row.kind}${current ? ' current' : ''}`}
      data-testid="compare-row"
      data-group={row.index}
      data-changed={String(row.changed)}
      data-kind={row.kind}
      data-current={current ? 'true' : undefined}
      onClick={() => onSelect(row.index)}
    >
      <div className="row-gutter">
        <span className={`kind kind-${row.kind}`}>{kindLabel[row.kind]}</span>
        {row.merged && (
          <span className="badge merged-badge" data-testid="merged-badge" title="一方的两条或多条合并对应另一方的一条">
            合并
          </span>
        )}
        {row.cells.filter((c) => c.units.length > 0).length > 1 && <Similarity score={row.score} prefix="相似度 " />}
      </div>
      {row.cells.map((cell) => (
        <CompareCell key={cell.doc} cell={cell} docId={ids[cell.doc]} isBase={cell.doc === pivot} notes={notes} onRead={onRead} />
      ))}
    </div>
  );
});
