/** Search across the corpus (Ctrl+Shift+F / Ctrl+K / 搜索): exact hits grouped by document, 近似匹配 apart, matches highlighted. */
import './search.css';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract';
import type { SearchFilters, SearchHit, SearchResult } from '../../../shared/model/comparison';
import { hitHeading } from '../../../shared/engine/index/place-text';
import { api, errorText } from '../app/api';
import { searchChoices, stepHit } from './search-options';

/** Props of the search panel. */
export interface SearchPanelProps {
  readonly library: readonly DocumentSummary[];
  readonly onClose: () => void;
  /** reads a hit: its document, unit ('' outside the units) and the query to highlight */
  readonly onOpen: (docId: string, unitId: string, query: string) => void;
  readonly onAdd: (docId: string) => void;
}

/** The snippet with its highlighted stretches as <mark>. */
function Snippet({ hit }: { readonly hit: SearchHit }) {
  const parts: ReactElement[] = [];
  let at = 0;
  for (const h of [...hit.highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    if (h.start > at) parts.push(<span key={`t${at}`}>{hit.snippet.slice(at, h.start)}</span>);
    parts.push(<mark key={`m${h.start}`}>{hit.snippet.slice(h.start, h.endExclusive)}</mark>);
    at = h.endExclusive;
  }
  parts.push(<span key="rest">{hit.snippet.slice(at)}</span>);
  return <p className="snippet">{parts}</p>;
}

/** Elements Tab may land on inside the dialog, in order. */
const focusable = (root: HTMLElement): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('input, select, button, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.hasAttribute('disabled'),
  );

/** Waits this long after the last keystroke before searching as the user types. */
const typingPauseMs = 250;

/** Hits grouped by document, in the order they are shown. */
function groupByDocument(hits: readonly SearchHit[]): Map<string, SearchHit[]> {
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits) groups.set(h.doc, [...(groups.get(h.doc) ?? []), h]);
  return groups;
}

/** How many hits the panel asks for. */
const shownLimit = 60;

/** The search dialog: live search with region, year, kind, section and 责任单位 filters; ↑/↓ pick a hit, Enter reads it. */
export function SearchPanel({ library, onClose, onOpen, onAdd }: SearchPanelProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState('');
  const composing = useRef(false);
  const choices = useMemo(() => searchChoices(library), [library]);

  // focus the query on open; give focus back to where it was on close
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    input.current?.focus();
    return () => before?.focus?.();
  }, []);

  /** the latest search asked for: an answer to an older one is dropped */
  const latest = useRef(0);
  const run = async (text: string, f: SearchFilters) => {
    const seq = ++latest.current;
    if (!text.trim()) {
      setResult(null);
      setError('');
      return;
    }
    try {
      const found = await api().search({ query: text.trim(), filters: f, limit: shownLimit });
      if (seq !== latest.current) return;
      setError('');
      setResult(found);
      setActive(-1);
    } catch (e) {
      if (seq !== latest.current) return;
      setResult(null);
      setError(errorText(e));
    }
  };
  // search as the user types (not while an input method is composing), and whenever a filter changes
  useEffect(() => {
    if (composing.current) return;
    const timer = setTimeout(() => void run(query, filters), typingPauseMs);
    return () => clearTimeout(timer);
  }, [query, filters]);

  const titles = new Map(library.map((d) => [d.id, d.meta.title]));
  const groups = groupByDocument(result?.exact ?? []);
  const fuzzyGroups = groupByDocument(result?.fuzzy ?? []);
  // hits in the order they are shown (exact grouped by document, then 近似匹配), for ↑/↓
  const shown = [...groups.values(), ...fuzzyGroups.values()].flat();
  const activeHit = active >= 0 ? shown[active] : undefined;
  const hitKey = (h: SearchHit) => `${h.doc}/${h.unitId || h.place.kind + hitHeading(h)}`;
  const open = (h: SearchHit) => onOpen(h.doc, h.unitId, result?.query ?? query.trim());
  /** renders one hit of `docId`'s group, exact or approximate alike */
  const hitOf = (docId: string) => (h: SearchHit) => (
    <Hit
      key={hitKey(h)}
      hit={h}
      hitKey={hitKey(h)}
      index={shown.indexOf(h)}
      active={active}
      onActive={setActive}
      onOpen={() => open(h)}
      onAdd={() => onAdd(docId)}
    />
  );

  useEffect(() => {
    if (activeHit) dialog.current?.querySelector(`[data-hit="${CSS.escape(hitKey(activeHit))}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeHit]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => stepHit(a, e.key === 'ArrowDown' ? 1 : -1, shown.length));
    } else if (e.key === 'Enter' && e.target === input.current && !composing.current) {
      e.preventDefault();
      if (activeHit) open(activeHit);
      else void run(query, filters);
    } else if (e.key === 'Tab' && dialog.current) {
      // keep Tab inside the dialog
      const els = focusable(dialog.current);
      const at = els.indexOf(document.activeElement as HTMLElement);
      if (e.shiftKey && at <= 0) {
        e.preventDefault();
        els[els.length - 1]?.focus();
      } else if (!e.shiftKey && at === els.length - 1) {
        e.preventDefault();
        els[0]?.focus();
      }
    }
  };
  const setFilter = (patch: SearchFilters) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <div className="overlay" onClick={onClose}>
      <div
        ref={dialog}
        className="search-panel"
        data-testid="search-panel"
        role="dialog"
        aria-modal="true"
        aria-label="搜索"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="search-bar">
          <input
            ref={input}
            data-testid="search-input"
            placeholder="在全部文件中搜索,如:以旧换新(↑↓ 选择,Enter 阅读)"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onCompositionStart={() => (composing.current = true)}
            onCompositionEnd={(e) => {
              composing.current = false;
              setQuery(e.currentTarget.value);
            }}
          />
          <button type="button" onClick={() => void run(query, filters)}>
            搜索
          </button>
          <button type="button" className="quiet" onClick={onClose}>
            关闭 (Esc)
          </button>
        </div>
        <div className="search-filters">
          <label>
            地区
            <select
              data-testid="search-region"
              value={filters.region ?? ''}
              onChange={(e) => setFilter({ region: e.target.value || undefined })}
            >
              <option value="">全部</option>
              {choices.regions.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <label>
            年份
            <select
              data-testid="search-year"
              value={filters.year ?? ''}
              onChange={(e) => setFilter({ year: e.target.value ? Number(e.target.value) : undefined })}
            >
              <option value="">全部</option>
              {choices.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            类型
            <select data-testid="search-kind" value={filters.kind ?? ''} onChange={(e) => setFilter({ kind: e.target.value || undefined })}>
              <option value="">全部</option>
              {choices.kinds.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            章节
            <input
              className="section-filter"
              data-testid="search-section"
              placeholder="标题含…"
              value={filters.section ?? ''}
              onChange={(e) => setFilter({ section: e.target.value.trim() || undefined })}
            />
          </label>
          <label>
            责任单位
            <input
              className="office-filter"
              data-testid="search-office"
              placeholder="如 市发改委"
              value={filters.office ?? ''}
              onChange={(e) => setFilter({ office: e.target.value.trim() || undefined })}
            />
          </label>
          {result && result.exact.length > 0 && (
            <span className="muted small" data-testid="search-count">
              {result.stopped === 'limit' ? `共 ${result.exactTotal} 处,列出前 ${result.exact.length} 处` : `${result.exactTotal} 处`}
            </span>
          )}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {result && result.exact.length === 0 && (
          <p className="empty-state" data-testid="search-none">
            没有找到“{result.query}”。
            {result.suggestion && (
              <>
                {' '}
                <button type="button" className="link" data-testid="search-suggestion" onClick={() => setQuery(result.suggestion!)}>
                  您是不是要找:{result.suggestion}
                </button>
              </>
            )}
          </p>
        )}
        <div className="search-results">
          {[...groups.entries()].map(([docId, list]) => (
            <section key={docId} className="search-group" data-testid="search-group" data-doc-id={docId}>
              <h3>
                {titles.get(docId) ?? docId} <span className="muted">{list.length} 处</span>
              </h3>
              {list.map(hitOf(docId))}
            </section>
          ))}
          {fuzzyGroups.size > 0 && (
            <section className="search-fuzzy" data-testid="search-fuzzy">
              <h2>近似匹配</h2>
              <p className="muted small">没有完全一致的文字;以下条款与查询相差一两个字。</p>
              {[...fuzzyGroups.entries()].map(([docId, list]) => (
                <section key={docId} className="search-group" data-testid="fuzzy-group" data-doc-id={docId}>
                  <h3>{titles.get(docId) ?? docId}</h3>
                  {list.map(hitOf(docId))}
                </section>
              ))}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

/** One hit: where it is (measure, or 标题 / 前言 / heading), the snippet, 阅读 and 加入比对. */
function Hit({
  hit,
  hitKey,
  index,
  active,
  onActive,
  onOpen,
  onAdd,
}: {
  readonly hit: SearchHit;
  readonly hitKey: string;
  readonly index: number;
  readonly active: number;
  readonly onActive: (i: number) => void;
  readonly onOpen: () => void;
  readonly onAdd: () => void;
}) {
  return (
    <div
      className={index === active ? 'search-hit active' : 'search-hit'}
      data-testid="search-hit"
      data-hit={hitKey}
      data-match={hit.match}
      aria-current={index === active ? 'true' : undefined}
      onMouseEnter={() => onActive(index)}
    >
      <div className="hit-head">
        <strong>{hit.place.kind === 'unit' ? hitHeading(hit) : <span className="badge place-badge">{hitHeading(hit)}</span>}</strong>
        <span className="muted small">{hit.path.join(' › ')}</span>
        <button type="button" data-testid="hit-open" onClick={onOpen}>
          阅读
        </button>
        <button type="button" data-testid="hit-add" onClick={onAdd}>
          加入比对
        </button>
      </div>
      <Snippet hit={hit} />
    </div>
  );
}
