/**
 * The comparison workspace: documents side by side, one row per aligned group,
 * changes marked against the base; summary, outline, overview and navigation.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ComparisonView, DocumentSummary, Settings } from '../../../shared/api/contract';
import type { CompareTarget } from '../app/App';
import type { NotesState } from '../app/use-notes';
import { api, errorText } from '../app/api';
import { useAsync } from '../app/use-async';
import { buildRows, nextChange, sectionsOf, summarise, visibleRows, type Row, type RowKind } from './compare-model';
import { CompareGrid } from './CompareGrid';
import { FindInView } from '../find/FindInView';
import { compareFindScope, useCompareFind } from '../find/compare-find';
import { CompareToolbar } from './CompareToolbar';
import { OverviewBar } from './OverviewBar';

/** Props of the compare view. */
export interface CompareViewProps {
  /** false while another tab is shown: the view stays mounted but takes no keys */
  readonly active: boolean;
  readonly target: CompareTarget;
  readonly library: readonly DocumentSummary[];
  readonly settings: Settings;
  readonly notes: NotesState;
  readonly onSettings: (patch: Partial<Settings>) => void;
  readonly onPivot: (pivot: number) => void;
  readonly onRead: (docId: string, unitId?: string) => void;
}

/** Loads the comparison and lays it out. */
export function CompareView({ active, target, settings, notes, onSettings, onPivot, onRead }: CompareViewProps) {
  const key = JSON.stringify([target.ids, target.pivot, settings.diff]);
  const state = useAsync<ComparisonView>(key, () => {
    performance.mark('compare-request');
    return api().compare({ ids: target.ids, pivot: target.pivot, options: settings.diff });
  });
  if (state.kind === 'loading') return <p className="empty-state">正在比对…</p>;
  if (state.kind === 'failed') return <p className="error" role="alert">{state.message}</p>;
  return (
    <LoadedComparison
      active={active}
      view={state.value}
      settings={settings}
      notes={notes}
      onSettings={onSettings}
      onPivot={onPivot}
      onRead={onRead}
    />
  );
}

interface LoadedProps {
  readonly active: boolean;
  readonly view: ComparisonView;
  readonly settings: Settings;
  readonly notes: NotesState;
  readonly onSettings: (patch: Partial<Settings>) => void;
  readonly onPivot: (pivot: number) => void;
  readonly onRead: (docId: string, unitId?: string) => void;
}

/** The row kinds as the summary strip names them, in its order. */
const kindText: Readonly<Record<RowKind, string>> = { same: '相同', changed: '有改动', added: '基准无(新增)', missing: '有缺失' };
const kindOrder: readonly RowKind[] = ['same', 'changed', 'added', 'missing'];

/** A measure number as typed or printed (第3条, 3., (三)), reduced to what identifies it. */
const measureKey = (label: string): string => label.replace(/[第条款项\s.、．()()]/g, '');

const isTyping = (e: KeyboardEvent): boolean => {
  const t = e.target as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
};

function LoadedComparison({ active, view, settings, notes, onSettings, onPivot, onRead }: LoadedProps) {
  const pivot = view.comparison.pivot;
  const allRows = useMemo(() => {
    performance.mark('compare-render-start');
    return buildRows(view);
  }, [view]);
  /** a kind picked in the summary strip: only rows of that kind are shown */
  const [kindFilter, setKindFilter] = useState<RowKind | null>(null);
  const rows: readonly Row[] = useMemo(
    () => visibleRows(allRows, { onlyDifferences: settings.onlyDifferences, kind: kindFilter }),
    [allRows, settings.onlyDifferences, kindFilter],
  );
  const counts = useMemo(() => summarise(allRows), [allRows]);
  const sections = useMemo(() => sectionsOf(rows), [rows]);
  const [current, setCurrent] = useState(-1);
  const [scrollSeq, setScrollSeq] = useState(0);
  const [status, setStatus] = useState('');

  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      performance.mark('compare-render-end');
      performance.measure('compare-render', 'compare-render-start', 'compare-render-end');
    });
    return () => cancelAnimationFrame(frame);
  }, [allRows]);

  const goTo = (index: number) => {
    setStatus('');
    setCurrent(index);
    setScrollSeq((s) => s + 1);
  };
  const step = (direction: 1 | -1) => {
    const at = rows.findIndex((r) => r.index === current);
    const from = at < 0 && direction === 1 ? -1 : at;
    const next = nextChange(rows, from, direction);
    if (next !== from && next >= 0 && next < rows.length && rows[next].changed) goTo(rows[next].index);
    else setStatus(direction === 1 ? '后面没有更多差异了' : '前面没有更多差异了');
  };
  const root = useRef<HTMLDivElement>(null);
  const findModel = useCompareFind(rows, root, goTo);
  const jump = (label: string) => {
    const wanted = measureKey(label);
    if (!wanted) return;
    const row = allRows.find((r) => r.cells[pivot].units.some((u) => measureKey(u.unit.label) === wanted || String(u.unit.ordinal) === wanted));
    if (!row) setStatus(`基准文件中没有第 ${label} 条`);
    else if (!rows.includes(row) && kindFilter !== null) setStatus(`第 ${label} 条不属于所选的“${kindText[kindFilter]}”,已被筛选隐藏`);
    else if (!rows.includes(row)) setStatus(`第 ${label} 条与其他文件相同,已被“只看有差异的行”隐藏`);
    else goTo(row.index);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!active || e.ctrlKey || e.metaKey || e.altKey || isTyping(e)) return;
      if (e.key === 'F7' || e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        step(e.key === 'k' || (e.key === 'F7' && e.shiftKey) ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const attempt = async (work: () => Promise<string>) => {
    try {
      setStatus(await work());
    } catch (e) {
      setStatus(errorText(e));
    }
  };
  const save = () =>
    attempt(async () => {
      const name = view.documents.map((d) => d.summary.meta.title).join(' / ');
      await api().saveComparison({ name, ids: view.ids, pivot, options: view.options });
      return '已保存比对 / comparison saved';
    });
  const exportTable = (format: 'docx' | 'html') =>
    attempt(async () => {
      const result = await api().exportTable({ ids: view.ids, pivot, options: view.options, format, includeNotes: true });
      return result.kind === 'saved' ? `已导出:${result.path}` : '已取消导出';
    });

  const currentSection = rows.find((r) => r.index === current)?.section ?? '';
  return (
    <div className="compare-view" data-testid="compare-view" ref={root}>
      <FindInView root={root} active={active} scope={compareFindScope} model={findModel} />
      <CompareToolbar
        documents={view.documents}
        pivot={pivot}
        settings={settings}
        onPivot={onPivot}
        onSettings={onSettings}
        onStep={step}
        onJump={jump}
        onSave={() => void save()}
        onExport={(f) => void exportTable(f)}
      />
      <div className="summary-strip" data-testid="summary-strip">
        <span>
          共 {allRows.length} 行{rows.length < allRows.length && `,显示 ${rows.length} 行`}
        </span>
        {kindOrder.map((k) => (
          <button
            key={k}
            type="button"
            className={`kind-chip kind-${k}`}
            data-testid={`kind-filter-${k}`}
            aria-pressed={kindFilter === k}
            title={kindFilter === k ? '再点一次显示全部行' : `只显示“${kindText[k]}”的行`}
            onClick={() => setKindFilter((f) => (f === k ? null : k))}
          >
            {kindText[k]} {counts[k]}
          </button>
        ))}
        <span className="legend">
          图例:<del>删去的文字</del> <ins>新增的文字</ins> <span className="badge target-badge">指标变化</span>
        </span>
        {status && <span className="status" role="status">{status}</span>}
      </div>
      {rows.length === 0 && (
        <p className="no-rows" data-testid="no-rows">
          没有符合筛选条件的行。点亮的分类再点一次,或取消“只看有差异的行”,即显示全部。
        </p>
      )}
      <div className="compare-body">
        <nav className="compare-outline" aria-label="基准文件目录">
          <h3>基准目录</h3>
          {sections.map((s) => (
            <button
              key={s.title}
              type="button"
              className={s.title === currentSection ? 'current' : ''}
              onClick={() => goTo(rows[s.row].index)}
            >
              {s.title}
            </button>
          ))}
        </nav>
        <CompareGrid
          documents={view.documents}
          rows={rows}
          pivot={pivot}
          current={current}
          scrollSeq={scrollSeq}
          notes={notes}
          onSelect={setCurrent}
          onRead={onRead}
        />
        <OverviewBar rows={rows} current={current} onJump={goTo} />
      </div>
    </div>
  );
}
