/** A row of the grid: one cell per document, marked when current, changed, merged or not in every document. */
import { memo, useState } from 'react';
import type { Row } from './compare-model';
import type { NotesState } from '../app/use-notes';
import { CompareCell } from './CompareCell';

/** Props of a row. */
export interface CompareRowProps {
  readonly row: Row;
  readonly ids: readonly string[];
  /** short document names, for the presence label */
  readonly names: readonly string[];
  readonly pivot: number;
  readonly current: boolean;
  /** this row holds the grid's one tab stop */
  readonly tabStop: boolean;
  readonly notes: NotesState;
  readonly onSelect: (index: number) => void;
  /** go to a row (and focus it): a link to a counterpart in another row */
  readonly onMove: (index: number) => void;
  readonly onRead: (docId: string, unitId: string) => void;
  readonly onAlign: (doc: number, unitId: string) => void;
  readonly onSplit: (row: number, doc: number, unitId: string) => void;
}

/** Who has the row: a short mark for the gutter (独有, 缺 1 份) and the full words for its tooltip; null when every document has it. */
export function presenceText(
  present: readonly boolean[],
  names: readonly string[],
): { readonly mark: string; readonly words: string } | null {
  const have = present.flatMap((p, i) => (p ? [names[i]] : []));
  const lack = present.flatMap((p, i) => (p ? [] : [names[i]]));
  if (lack.length === 0) return null;
  return have.length === 1
    ? { mark: '独有', words: `仅${have[0]}有` }
    : { mark: `缺 ${lack.length} 份`, words: `${lack.join('、')}没有此条` };
}

/** Renders one aligned group. */
export const CompareRow = memo(function CompareRow({
  row,
  ids,
  names,
  pivot,
  current,
  tabStop,
  notes,
  onSelect,
  onMove,
  onRead,
  onAlign,
  onSplit,
}: CompareRowProps) {
  const presence = presenceText(row.present, names);
  const [expanded, setExpanded] = useState(false);
  const present = row.present.filter(Boolean).length;
  return (
    <div
      className={`compare-row row-${row.kind}${presence ? ' row-partial' : ''}${current ? ' current' : ''}`}
      data-testid="compare-row"
      data-group={row.index}
      data-changed={String(row.changed)}
      data-kind={row.kind}
      data-current={current ? 'true' : undefined}
      role="row"
      aria-selected={current}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onSelect(row.index)}
      onFocus={(e) => e.target === e.currentTarget && onSelect(row.index)}
    >
      <div className="row-gutter" role="rowheader">
        {(row.changed || present > 1) && <span className={`kind kind-${row.kind}`}>{row.changed ? '有差异' : '相同'}</span>}
        {presence && (
          <span className="presence" data-testid="presence" title={presence.words}>
            {presence.mark}
          </span>
        )}
        {row.merged && (
          <span className="badge merged-badge" data-testid="merged-badge" title="一方的两条或多条合并对应另一方的一条">
            合并
          </span>
        )}
      </div>
      {row.cells.map((cell) => (
        <CompareCell
          key={cell.doc}
          cell={cell}
          docId={ids[cell.doc]}
          isBase={cell.doc === pivot}
          current={current}
          canSplit={present > 1}
          expanded={expanded}
          onExpand={setExpanded}
          names={names}
          onGoTo={onMove}
          notes={notes}
          onRead={onRead}
          onAlign={onAlign}
          onSplit={(doc, unitId) => onSplit(row.index, doc, unitId)}
        />
      ))}
    </div>
  );
});
