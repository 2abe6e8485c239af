/**
 * The grid of rows under sticky column headers; long comparisons are windowed.
 * The grid is one tab stop (a roving tabindex on the rows): ↑/↓ move between
 * rows, Home/End to the first and last, Enter opens the row's measure in 原文.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { DocumentDetail } from '../../../shared/api/contract';
import type { Row } from './compare-model';
import type { NotesState } from '../app/use-notes';
import { CompareRow } from './CompareRow';
import { useRowWindow } from './use-window';

/** Rows above this count are windowed. */
export const windowThreshold = 150;

/** Where to scroll: a row, at `offset` px below the top of the rows (under the header when absent); optionally focus it. */
export interface ScrollRequest {
  readonly seq: number;
  readonly group: number;
  readonly offset?: number;
  readonly focus?: boolean;
  /** a single change inside the row to bring into view */
  readonly change?: string;
}

/** Props of the grid. */
export interface CompareGridProps {
  readonly documents: readonly DocumentDetail[];
  readonly names: readonly string[];
  readonly rows: readonly Row[];
  readonly pivot: number;
  readonly current: number;
  readonly scroll: ScrollRequest | null;
  readonly notes: NotesState;
  readonly onSelect: (index: number) => void;
  /** moves to a row by keyboard: select it, bring it into view and focus it */
  readonly onMove: (index: number) => void;
  readonly onRead: (docId: string, unitId: string) => void;
  readonly onAlign: (doc: number, unitId: string) => void;
  readonly onSplit: (row: number, doc: number, unitId: string) => void;
}

/** Renders the rows; keeps the current row in view when asked. */
export function CompareGrid(props: CompareGridProps) {
  const { documents, names, rows, pivot, current, scroll, notes, onSelect, onRead, onAlign, onSplit } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const windowed = rows.length > windowThreshold;
  const win = useRowWindow(scroller, rows.length, 120, windowed);
  const ids = useMemo(() => documents.map((d) => d.summary.id), [documents]);
  const template = { gridTemplateColumns: `3.6rem repeat(${documents.length}, minmax(0, 1fr))` };

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !windowed) return;
    const position = new Map(rows.map((r, i) => [r.index, i]));
    for (const node of el.querySelectorAll<HTMLElement>('[data-testid="compare-row"]')) {
      const at = position.get(Number(node.dataset.group));
      if (at !== undefined) win.measure(at, node.offsetHeight);
    }
  });

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !scroll) return;
    const position = rows.findIndex((r) => r.index === scroll.group);
    if (position < 0) return;
    const headerHeight = header.current?.offsetHeight ?? 0;
    const below = scroll.offset ?? headerHeight;
    const node = el.querySelector<HTMLElement>(`[data-testid="compare-row"][data-group="${scroll.group}"]`);
    if (node) {
      const change = scroll.change ? node.querySelector<HTMLElement>(`[data-change="${scroll.change}"]`) : null;
      if (change) {
        const top = change.getBoundingClientRect().top - el.getBoundingClientRect().top;
        if (top < headerHeight || top > el.clientHeight - 40) el.scrollTop += top - headerHeight - el.clientHeight / 3;
      } else if (scroll.offset !== undefined || !scroll.focus) {
        el.scrollTop = node.offsetTop - below;
      } else {
        const top = node.offsetTop - el.scrollTop;
        if (top < headerHeight || top + Math.min(node.offsetHeight, 80) > el.clientHeight) el.scrollTop = node.offsetTop - headerHeight;
      }
      if (scroll.focus) node.focus({ preventScroll: true });
    } else if (windowed) {
      el.scrollTop = win.offsetOf(position) + headerHeight - below;
    }
    // runs once per request, after the rows it names have rendered
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scroll?.seq]);

  // the current single change is marked where it shows
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    for (const old of el.querySelectorAll('.change-current')) old.classList.remove('change-current');
    if (scroll?.change) for (const node of el.querySelectorAll(`[data-change="${scroll.change}"]`)) node.classList.add('change-current');
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.dataset.testid !== 'compare-row') return;
    const at = rows.findIndex((r) => r.index === Number(target.dataset.group));
    if (at < 0) return;
    const to = (i: number) => {
      e.preventDefault();
      props.onMove(rows[Math.max(0, Math.min(rows.length - 1, i))].index);
    };
    if (e.key === 'ArrowDown') to(at + 1);
    else if (e.key === 'ArrowUp') to(at - 1);
    else if (e.key === 'Home') to(0);
    else if (e.key === 'End') to(rows.length - 1);
    else if (e.key === 'Enter') {
      const row = rows[at];
      const cell = row.cells[pivot].units.length > 0 ? row.cells[pivot] : row.cells.find((c) => c.units.length > 0);
      if (cell) {
        e.preventDefault();
        onRead(ids[cell.doc], cell.units[0].unit.id);
      }
    }
  };

  const visible = rows.slice(win.first, win.last + 1);
  const tabStop = rows.some((r) => r.index === current) ? current : (visible[0]?.index ?? -1);
  return (
    <div className="compare-scroll" data-testid="compare-scroll" ref={scroller}>
      <div className="compare-header" ref={header} style={template}>
        <div className="row-gutter" />
        {documents.map((d, i) => (
          <div
            key={d.summary.id}
            className={i === pivot ? 'column-header base' : 'column-header'}
            data-testid="column-header"
            title={d.summary.meta.title}
          >
            <strong className="column-title">{d.summary.meta.title}</strong>
            <span className="doc-number">{d.summary.meta.docNumber ?? ''}</span>
            {i === pivot && <span className="badge">基准</span>}
            {d.summary.meta.status === 'draft' && <span className="badge draft-badge">征求意见稿</span>}
          </div>
        ))}
      </div>
      <div
        className="compare-rows"
        role="grid"
        aria-label="逐条对照:↑/↓ 换行,Enter 打开原文"
        aria-rowcount={rows.length}
        style={{ ['--columns' as string]: template.gridTemplateColumns }}
        onKeyDown={onKeyDown}
      >
        {win.before > 0 && <div style={{ height: win.before }} />}
        {visible.map((row) => (
          <CompareRow
            key={row.index}
            row={row}
            ids={ids}
            names={names}
            pivot={pivot}
            current={row.index === current}
            tabStop={row.index === tabStop}
            notes={notes}
            onSelect={onSelect}
            onMove={props.onMove}
            onRead={onRead}
            onAlign={onAlign}
            onSplit={onSplit}
          />
        ))}
        {win.after > 0 && <div style={{ height: win.after }} />}
      </div>
    </div>
  );
}
