/** The grid of rows under sticky column headers; long comparisons are windowed. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { DocumentDetail } from '../../../shared/api/contract';
import type { Row } from './compare-model';
import type { NotesState } from '../app/use-notes';
import { CompareRow } from './CompareRow';
import { useRowWindow } from './use-window';

/** Rows above this count are windowed. */
export const windowThreshold = 150;

/** Props of the grid. */
export interface CompareGridProps {
  readonly documents: readonly DocumentDetail[];
  readonly rows: readonly Row[];
  readonly pivot: number;
  readonly current: number;
  /** bumps each time the current row should be scrolled into view */
  readonly scrollSeq: number;
  readonly notes: NotesState;
  readonly onSelect: (index: number) => void;
  readonly onRead: (docId: string, unitId: string) => void;
}

/** Renders the rows; keeps the current row in view when asked. */
export function CompareGrid({ documents, rows, pivot, current, scrollSeq, notes, onSelect, onRead }: CompareGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const windowed = rows.length > windowThreshold;
  const win = useRowWindow(scroller, rows.length, 180, windowed);
  const ids = documents.map((d) => d.summary.id);
  const template = { gridTemplateColumns: `4.5rem repeat(${documents.length}, minmax(0, 1fr))` };

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !windowed) return;
    const position = new Map(rows.map((r, i) => [r.index, i]));
    for (const node of el.querySelectorAll<HTMLElement>('[data-testid="compare-row"]')) {
      const at = position.get(Number(node.dataset.group));
      if (at !== undefined) win.measure(at, node.offsetHeight);
    }
  });

  useEffect(() => {
    const el = scroller.current;
    const position = rows.findIndex((r) => r.index === current);
    if (!el || scrollSeq === 0 || position < 0) return;
    const headerHeight = header.current?.offsetHeight ?? 0;
    if (windowed) {
      el.scrollTop = win.offsetOf(position);
    } else {
      const node = el.querySelector<HTMLElement>(`[data-group="${current}"]`);
      if (node) el.scrollTop = node.offsetTop - headerHeight;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollSeq]);

  const visible = rows.slice(win.first, win.last + 1);
  return (
    <div className="compare-scroll" data-testid="compare-scroll" ref={scroller}>
      <div className="compare-header" ref={header} style={template}>
        <div className="row-gutter" />
        {documents.map((d, i) => (
          <div key={d.summary.id} className={i === pivot ? 'column-header base' : 'column-header'} data-testid="column-header">
            <strong>{d.summary.meta.title}</strong>
            <span className="doc-number">{d.summary.meta.docNumber ?? ''}</span>
            {i === pivot && <span className="badge">基准</span>}
            {d.summary.meta.status === 'draft' && <span className="badge draft-badge">征求意见稿</span>}
          </div>
        ))}
      </div>
      <div className="compare-rows" style={{ ['--columns' as string]: template.gridTemplateColumns }}>
        {win.before > 0 && <div style={{ height: win.before }} />}
        {visible.map((row) => (
          <CompareRow key={row.index} row={row} ids={ids} pivot={pivot} current={row.index === current} notes={notes} onSelect={onSelect} onRead={onRead} />
        ))}
        {win.after > 0 && <div style={{ height: win.after }} />}
      </div>
    </div>
  );
}
