/**
 * The comparison workspace: documents side by side, one row per aligned group,
 * changes marked against the base; summary, outline, overview, the 变更列表 and
 * navigation by row (F7) and by single change (F8). Changing the base, an
 * ignore option, a filter or the alignment by hand keeps the current row and
 * its place on screen.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ComparisonView, DocumentSummary, NoteKey, Settings } from '../../../shared/api/contract';
import type { CompareTarget } from '../app/App';
import type { NotesState } from '../app/use-notes';
import { api, errorText } from '../app/api';
import { useAsync } from '../app/use-async';
import { isTyping } from '../app/use-focus-trap';
import { shortTitles } from '../draft/short-title';
import {
  buildRows,
  countChanges,
  matchesPresence,
  nextChange,
  sectionsOf,
  visibleRows,
  type Change,
  type PresenceFilter,
  type Row,
} from './compare-model';
import { CompareGrid, type ScrollRequest } from './CompareGrid';
import { FindInView } from '../find/FindInView';
import { compareFindScope, useCompareFind } from '../find/compare-find';
import { CompareToolbar } from './CompareToolbar';
import { OverviewBar } from './OverviewBar';
import { ChangeList } from './ChangeList';
import { AlignDialog } from './AlignDialog';
import { labelNumber } from './jump-label';
import { TierLegend } from './TierLegend';
import { assertNever } from '../../../shared/assert-never';

/** Props of the compare view. */
export interface CompareViewProps {
  /** false while another tab is shown: the view stays mounted but takes no keys */
  readonly active: boolean;
  readonly target: CompareTarget;
  readonly library: readonly DocumentSummary[];
  readonly settings: Settings;
  readonly notes: NotesState;
  /** bumps when the menu's 导出对照表… asks for the export of this comparison */
  readonly exportSeq: number;
  readonly onSettings: (patch: Partial<Settings>) => void;
  readonly onPivot: (pivot: number) => void;
  readonly onRead: (docId: string, unitId?: string) => void;
  /** the current row changed: a unit of it, to reopen there */
  readonly onPosition: (at: NoteKey | undefined) => void;
}

/** Where the reader was: the units of the row they were on and how far below the top of the grid it sat. */
interface Anchor {
  readonly keys: readonly string[];
  readonly offset: number | null;
  readonly selected: boolean;
}

/** Loads the comparison and lays it out; the last one stays on screen while the next loads. */
export function CompareView(props: CompareViewProps) {
  const { target, settings } = props;
  const [revision, setRevision] = useState(0);
  const key = JSON.stringify([target.ids, target.pivot, settings.diff, revision]);
  const state = useAsync<ComparisonView>(key, () => {
    performance.mark('compare-request');
    return api().compare({ ids: target.ids, pivot: target.pivot, options: settings.diff });
  });
  // the last comparison that arrived, kept on screen (with its row and scroll) while the next one loads
  const shown = useRef<ComparisonView | null>(null);
  if (state.kind === 'done') shown.current = state.value;
  const view = shown.current;
  if (!view) {
    if (state.kind === 'failed')
      return (
        <p className="error" role="alert">
          {state.message}
        </p>
      );
    return <p className="empty-state">正在比对…</p>;
  }
  return (
    <LoadedComparison
      {...props}
      view={view}
      loading={state.kind === 'loading'}
      failure={state.kind === 'failed' ? state.message : ''}
      onCorrected={() => setRevision((r) => r + 1)}
    />
  );
}

interface LoadedProps extends CompareViewProps {
  readonly view: ComparisonView;
  readonly loading: boolean;
  readonly failure: string;
  readonly onCorrected: () => void;
}

const keyOf = (docId: string, unitId: string) => `${docId}\u0000${unitId}`;

function LoadedComparison(props: LoadedProps) {
  const { active, view, settings, notes, library, onSettings, onRead } = props;
  const pivot = view.comparison.pivot;
  const allRows = useMemo(() => {
    performance.mark('compare-render-start');
    return buildRows(view);
  }, [view]);
  const names = useMemo(() => {
    const short = shortTitles(
      view.documents.map((d) => library.find((s) => s.id === d.summary.id) ?? d.summary),
      10,
    );
    return view.documents.map((d) => short.get(d.summary.id) ?? d.summary.meta.title);
  }, [view, library]);
  const [presence, setPresence] = useState<PresenceFilter | null>(null);
  const rows: readonly Row[] = useMemo(
    () => visibleRows(allRows, { onlyDifferences: settings.onlyDifferences, presence }),
    [allRows, settings.onlyDifferences, presence],
  );
  const changes = useMemo(() => rows.flatMap((r) => r.changes), [rows]);
  const counts = useMemo(() => countChanges(allRows), [allRows]);
  const changedRows = useMemo(() => allRows.filter((r) => r.changed).length, [allRows]);
  const sections = useMemo(() => sectionsOf(rows), [rows]);
  const [current, setCurrent] = useState(-1);
  const [currentChange, setCurrentChange] = useState<string | null>(null);
  const [scroll, setScroll] = useState<ScrollRequest | null>(null);
  const [status, setStatus] = useState('');
  const [listOpen, setListOpen] = useState(false);
  /** the base's outline beside the grid: open by default only where the screen leaves the columns room */
  const [outlineOpen, setOutlineOpen] = useState(() => window.innerWidth >= 1500);
  const [aligning, setAligning] = useState<{ readonly doc: number; readonly unitId: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const anchor = useRef<Anchor | null>(null);
  const restored = useRef(false);
  const seq = useRef(0);
  const request = (r: Omit<ScrollRequest, 'seq'>) => setScroll({ ...r, seq: ++seq.current });

  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      performance.mark('compare-render-end');
      performance.measure('compare-render', 'compare-render-start', 'compare-render-end');
    });
    return () => cancelAnimationFrame(frame);
  }, [allRows]);

  const keysOf = useCallback(
    (row: Row): string[] => {
      const all = row.cells.flatMap((c) => c.units.map((u) => keyOf(view.ids[c.doc], u.unit.id)));
      const base = row.cells[pivot].units.map((u) => keyOf(view.ids[pivot], u.unit.id));
      return [...base, ...all.filter((k) => !base.includes(k))];
    },
    [view, pivot],
  );

  /** Notes the row on screen (the current one, else the top one) before something reorders the rows. */
  const capture = (first?: NoteKey) => {
    const el = root.current?.querySelector<HTMLElement>('[data-testid="compare-scroll"]');
    if (!el) return;
    const nodes = [...el.querySelectorAll<HTMLElement>('[data-testid="compare-row"]')];
    const header = el.querySelector<HTMLElement>('.compare-header')?.offsetHeight ?? 0;
    const selectedNode = nodes.find((n) => Number(n.dataset.group) === current);
    const visibleNode = (n: HTMLElement) =>
      n.offsetTop + n.offsetHeight > el.scrollTop + header && n.offsetTop < el.scrollTop + el.clientHeight;
    const node = selectedNode && visibleNode(selectedNode) ? selectedNode : (nodes.find(visibleNode) ?? selectedNode);
    const row = node ? allRows.find((r) => r.index === Number(node.dataset.group)) : undefined;
    if (!row || !node) return;
    const keys = keysOf(row);
    anchor.current = {
      keys: first ? [keyOf(first.docId, first.unitId), ...keys] : keys,
      offset: node.offsetTop - el.scrollTop,
      selected: row.index === current,
    };
  };

  // a new comparison or a new filter: back to the row the reader was on (same group if it is still there, else the nearest)
  useLayoutEffect(() => {
    const a = anchor.current;
    const startAt = !restored.current ? props.target.at : undefined;
    restored.current = true;
    if (!a && !startAt) return;
    anchor.current = null;
    const keys = a ? a.keys : [keyOf(startAt!.docId, startAt!.unitId)];
    let found = -1;
    for (const k of keys) {
      found = allRows.findIndex((r) => r.cells.some((c) => c.units.some((u) => keyOf(view.ids[c.doc], u.unit.id) === k)));
      if (found >= 0) break;
    }
    if (found < 0 || rows.length === 0) return;
    let best = rows[0];
    const position = new Map(allRows.map((r, i) => [r.index, i]));
    for (const r of rows) if (Math.abs(position.get(r.index)! - found) < Math.abs(position.get(best.index)! - found)) best = r;
    if (!a || a.selected) setCurrent(best.index);
    request({ group: best.index, offset: a?.offset ?? undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [allRows, rows]);

  const currentRow = allRows.find((r) => r.index === current);
  useEffect(() => {
    if (!currentRow) return props.onPosition(undefined);
    const cell = currentRow.cells[pivot].units.length > 0 ? currentRow.cells[pivot] : currentRow.cells.find((c) => c.units.length > 0);
    props.onPosition(cell ? { docId: view.ids[cell.doc], unitId: cell.units[0].unit.id } : undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentRow]);

  const goTo = (index: number, focus = false) => {
    setStatus('');
    setCurrent(index);
    setCurrentChange(null);
    request({ group: index, focus });
  };
  const goToChange = (c: Change) => {
    setStatus('');
    setCurrent(c.row);
    setCurrentChange(c.id);
    request({ group: c.row, change: c.id });
  };
  const step = (direction: 1 | -1) => {
    const at = rows.findIndex((r) => r.index === current);
    const from = at < 0 && direction === 1 ? -1 : at;
    const next = nextChange(rows, from, direction);
    if (next !== from && next >= 0 && next < rows.length && rows[next].changed) goTo(rows[next].index, true);
    else setStatus(direction === 1 ? '后面没有更多差异的行了' : '前面没有更多差异的行了');
  };
  const stepChange = (direction: 1 | -1) => {
    const at = changes.findIndex((c) => c.id === currentChange);
    let next: Change | undefined;
    if (at >= 0) next = changes[at + direction];
    else {
      const position = new Map(rows.map((r, i) => [r.index, i]));
      const here = position.get(current) ?? -1;
      next =
        direction === 1
          ? changes.find((c) => position.get(c.row)! >= Math.max(here, 0))
          : [...changes].reverse().find((c) => position.get(c.row)! <= here);
    }
    if (next) goToChange(next);
    else setStatus(direction === 1 ? '后面没有更多改动了' : '前面没有更多改动了');
  };
  const findModel = useCompareFind(rows, root, goTo);
  const jump = (label: string) => {
    const wanted = labelNumber(label);
    if (wanted === null) return setStatus(`“${label}”不是条款编号:可输入 13、第十三条、(三) 或 十三`);
    const units = (r: Row) => r.cells[pivot].units.map((u) => u.unit);
    const row =
      allRows.find((r) => units(r).some((u) => labelNumber(u.label) === wanted)) ??
      allRows.find((r) => units(r).some((u) => u.ordinal === wanted));
    if (!row) setStatus(`基准文件中没有第 ${wanted} 条`);
    else if (!rows.includes(row) && presence !== null) setStatus(`第 ${wanted} 条被“${presenceLabel(presence)}”筛选隐藏`);
    else if (!rows.includes(row)) setStatus(`第 ${wanted} 条与其他文件相同,已被“只看有差异的行”隐藏`);
    else goTo(row.index, true);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!active || aligning || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const onSelect = e.target instanceof HTMLSelectElement;
      if (e.key === 'F7' || (!onSelect && (e.key === 'j' || e.key === 'k'))) {
        e.preventDefault();
        step(e.key === 'k' || (e.key === 'F7' && e.shiftKey) ? -1 : 1);
      } else if (e.key === 'F8') {
        e.preventDefault();
        stepChange(e.shiftKey ? -1 : 1);
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
  const exportSeen = useRef(props.exportSeq);
  useEffect(() => {
    if (props.exportSeq === exportSeen.current) return;
    exportSeen.current = props.exportSeq;
    void exportTable('docx');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.exportSeq]);

  const correct = (kind: 'pair' | 'split', a: { doc: number; unitId: string }, b: { doc: number; unitId: string }) =>
    attempt(async () => {
      capture({ docId: view.ids[kind === 'pair' ? b.doc : a.doc], unitId: kind === 'pair' ? b.unitId : a.unitId });
      await api().correctAlignment({
        ids: view.ids,
        pivot,
        options: view.options,
        correction: { kind, a: { docId: view.ids[a.doc], unitId: a.unitId }, b: { docId: view.ids[b.doc], unitId: b.unitId } },
      });
      props.onCorrected();
      return kind === 'pair' ? '已人工对齐,并随本比对保存' : '已拆开,并随本比对保存';
    });
  const split = (group: number, doc: number, unitId: string) => {
    const row = allRows.find((r) => r.index === group);
    const partnerCell =
      row &&
      (doc !== pivot && row.cells[pivot].units.length > 0 ? row.cells[pivot] : row.cells.find((c) => c.doc !== doc && c.units.length > 0));
    if (!partnerCell) return;
    void correct('split', { doc: partnerCell.doc, unitId: partnerCell.units[0].unit.id }, { doc, unitId });
  };
  const changePivot = (next: number) => {
    capture();
    props.onPivot(next);
  };
  const changeSettings = (patch: Partial<Settings>) => {
    if (patch.diff || patch.onlyDifferences !== undefined) capture();
    onSettings(patch);
  };
  const changePresence = (next: PresenceFilter | null) => {
    capture();
    setPresence(next);
  };

  const presenceLabel = (f: PresenceFilter): string => {
    const draft = view.documents[f.doc].summary.meta.status === 'draft';
    switch (f.kind) {
      case 'only':
        return draft ? '草稿独有' : `仅${names[f.doc]}有`;
      case 'lacks':
        return draft ? '草稿缺少' : `${names[f.doc]}缺`;
      default:
        return assertNever(f.kind);
    }
  };
  const presenceOptions = view.documents.flatMap((_, doc) =>
    (['only', 'lacks'] as const).map((kind) => {
      const f: PresenceFilter = { kind, doc };
      return { value: `${kind}:${doc}`, label: `${presenceLabel(f)}(${allRows.filter((r) => matchesPresence(r, f)).length})`, filter: f };
    }),
  );
  const rowLabel = useCallback(
    (group: number) => {
      const row = allRows[group];
      const base = row?.cells[pivot].units[0]?.unit;
      if (base) return `基准第 ${base.label || '段'} 条`;
      const cell = row?.cells.find((c) => c.units.length > 0);
      return cell ? `${names[cell.doc]}第 ${cell.units[0].unit.label || '段'} 条` : '';
    },
    [allRows, pivot, names],
  );

  // the rows are memoised: what they call must keep its identity across renders
  const latest = useRef({ goTo, split, onRead });
  latest.current = { goTo, split, onRead };
  const stable = useMemo(
    () => ({
      onMove: (index: number) => latest.current.goTo(index, true),
      onRead: (docId: string, unitId: string) => latest.current.onRead(docId, unitId),
      onAlign: (doc: number, unitId: string) => setAligning({ doc, unitId }),
      onSplit: (group: number, doc: number, unitId: string) => latest.current.split(group, doc, unitId),
    }),
    [],
  );

  const currentSection = rows.find((r) => r.index === current)?.section ?? '';
  return (
    <div className="compare-view" data-testid="compare-view" ref={root} aria-busy={props.loading}>
      <FindInView root={root} active={active} scope={compareFindScope} model={findModel} />
      <CompareToolbar
        documents={view.documents}
        pivot={pivot}
        settings={settings}
        changeListOpen={listOpen}
        onPivot={changePivot}
        onSettings={changeSettings}
        onStep={step}
        onStepChange={stepChange}
        onJump={jump}
        onChangeList={() => setListOpen((o) => !o)}
        onSave={() => void save()}
        onExport={(f) => void exportTable(f)}
      />
      <div className="summary-strip" data-testid="summary-strip">
        <button
          type="button"
          className="outline-toggle"
          data-testid="outline-toggle"
          aria-pressed={outlineOpen}
          title="显示或隐藏基准文件的目录"
          onClick={() => setOutlineOpen((o) => !o)}
        >
          目录
        </button>
        <span data-testid="row-counts">
          共 {allRows.length} 行 · 有差异 {changedRows} 行{rows.length < allRows.length && ` · 显示 ${rows.length} 行`}
        </span>
        <label>
          筛选
          <select
            data-testid="presence-filter"
            value={presence ? `${presence.kind}:${presence.doc}` : ''}
            onChange={(e) => changePresence(presenceOptions.find((o) => o.value === e.target.value)?.filter ?? null)}
          >
            <option value="">全部行</option>
            {presenceOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <TierLegend />
        {props.loading && <span className="muted">正在更新…</span>}
        {(status || props.failure) && (
          <span className="status" role="status">
            {status || props.failure}
          </span>
        )}
      </div>
      {rows.length === 0 && (
        <p className="no-rows" data-testid="no-rows">
          没有符合筛选条件的行。把“筛选”改回“全部行”,或取消“只看有差异的行”,即显示全部。
        </p>
      )}
      <div
        className="compare-body"
        style={{
          gridTemplateColumns: [outlineOpen ? '9rem' : '', 'minmax(0, 1fr)', '14px', listOpen ? '17rem' : ''].filter(Boolean).join(' '),
        }}
      >
        {outlineOpen && (
          <nav className="compare-outline" aria-label="基准文件目录">
            <h3>基准目录</h3>
            {sections.map((s) => (
              <button
                key={s.title}
                type="button"
                className={s.title === currentSection ? 'current' : ''}
                title={s.title}
                onClick={() => goTo(rows[s.row].index)}
              >
                {s.title}
              </button>
            ))}
          </nav>
        )}
        <CompareGrid
          documents={view.documents}
          names={names}
          rows={rows}
          pivot={pivot}
          current={current}
          scroll={scroll}
          notes={notes}
          onSelect={setCurrent}
          onMove={stable.onMove}
          onRead={stable.onRead}
          onAlign={stable.onAlign}
          onSplit={stable.onSplit}
        />
        <OverviewBar rows={rows} current={current} onJump={goTo} />
        {listOpen && (
          <ChangeList
            changes={changes}
            counts={counts}
            names={names}
            rowLabel={rowLabel}
            current={currentChange}
            onJump={goToChange}
            onClose={() => setListOpen(false)}
          />
        )}
      </div>
      {aligning && (
        <AlignDialog
          documents={view.documents}
          names={names}
          source={aligning}
          pivot={pivot}
          onClose={() => setAligning(null)}
          onPick={(doc, unitId) => {
            const source = aligning;
            setAligning(null);
            void correct('pair', { doc, unitId }, source);
          }}
        />
      )}
    </div>
  );
}
