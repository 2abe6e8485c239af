/**
 * Find in the view on screen (Ctrl+F): a bar with the count (第 3/17 处),
 * Enter / Shift+Enter to step, Esc to close (focus goes back). Every match is
 * highlighted with the CSS Custom Highlight API, the current one apart. A
 * virtualised view passes its model: the count covers every row, stepping
 * scrolls the row into view, and what is rendered is highlighted.
 */
import './find.css';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { paintMatches, rangesIn, revealRange } from './dom-ranges';
import { isFindInView } from './find-keys';
import { findForm, itemMatches, stepMatch } from './find-matches';

/** Everything a virtualised view holds, whether rendered or not. */
export interface FindModel {
  /** per item (row), its texts in the order they are rendered inside the item's element (asked for when find opens) */
  readonly items: () => ReadonlyArray<readonly string[]>;
  /** brings an item into the rendered window */
  readonly reveal: (item: number) => void;
  /** the rendered element of an item, null when it is out of the window */
  readonly elementOf: (item: number) => Element | null;
}

/** Props of the find bar host. */
export interface FindInViewProps {
  readonly root: RefObject<HTMLElement | null>;
  /** false while the view is kept mounted behind another tab */
  readonly active?: boolean;
  /** elements inside the root whose text is searched (default: the whole root) */
  readonly scope?: string;
  readonly model?: FindModel;
  /** opens with this query: the query of a corpus hit being read */
  readonly initialQuery?: string;
  /** the element to start in when opened with `initialQuery` (the hit's unit) */
  readonly startIn?: string;
}

/** The find bar of one view. */
export function FindInView({ root, active = true, scope, model, initialQuery, startIn }: FindInViewProps) {
  const [open, setOpen] = useState(Boolean(initialQuery));
  const [query, setQuery] = useState(initialQuery ?? '');
  const [current, setCurrent] = useState(0);
  const [domCount, setDomCount] = useState(0);
  const [version, setVersion] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const before = useRef<HTMLElement | null>(null);
  const revealed = useRef<string>('');
  const started = useRef(!initialQuery);
  const q = findForm(query);
  const modelMatches = useMemo(() => (model && open ? itemMatches(model.items(), q) : null), [model, q, open]);
  const count = modelMatches ? modelMatches.length : domCount;

  // Ctrl+F opens the bar (or selects its text when open)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // a view kept mounted behind another tab (hidden, or passed active=false) leaves Ctrl+F to the one on screen
      if (!active || !isFindInView(e) || !root.current || root.current.getClientRects().length === 0) return;
      e.preventDefault();
      if (!open) before.current = document.activeElement as HTMLElement | null;
      setOpen(true);
      requestAnimationFrame(() => input.current?.select());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, open, root]);

  // re-highlight when the rendered content changes (rows scrolled into the window, a review loading)
  useEffect(() => {
    const el = root.current;
    if (!open || !el) return;
    let frame = 0;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => bar.current?.contains(r.target))) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setVersion((v) => v + 1));
    });
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [open, root]);

  useEffect(() => () => paintMatches([], null), []);

  // after the commit (the view's root ref is set by then): match what is rendered, paint, scroll the current match into view
  useEffect(() => {
    const el = root.current;
    if (!open || !active || !el || !q) {
      paintMatches([], null);
      if (!modelMatches) setDomCount(0);
      return;
    }
    const scopes = scope ? [...el.querySelectorAll(scope)] : [el];
    const ranges = scopes.flatMap((s) => rangesIn(s, q, bar.current));
    let target: Range | null = null;
    if (modelMatches) {
      const m = modelMatches[current];
      if (m) {
        const item = model!.elementOf(m.item);
        if (!item) {
          if (revealed.current !== `${q}#${current}`) model!.reveal(m.item);
        } else {
          // a row the reader expanded shows more text than the model counts: stay inside the row
          const inItem = ranges.filter((r) => item.contains(r.startContainer));
          target = inItem[m.nth] ?? inItem.at(-1) ?? null;
        }
      }
    } else {
      setDomCount(ranges.length);
      if (!started.current && startIn) {
        // opened from a corpus hit: start at the first match inside the hit
        started.current = true;
        const home = el.querySelector(startIn);
        const first = home ? ranges.findIndex((r) => home.contains(r.startContainer)) : -1;
        if (first > 0) {
          setCurrent(first);
          return;
        }
      }
      target = ranges[Math.min(current, ranges.length - 1)] ?? null;
    }
    paintMatches(ranges, target);
    const key = `${q}#${current}`;
    if (target && revealed.current !== key) {
      revealed.current = key;
      revealRange(target);
    }
  }, [open, active, q, current, version, modelMatches, model, scope, root, startIn]);

  if (!open) return null;
  const close = () => {
    setOpen(false);
    paintMatches([], null);
    before.current?.focus?.();
  };
  const step = (direction: 1 | -1) => {
    revealed.current = '';
    setCurrent((c) => stepMatch(Math.min(c, count - 1), direction, count));
  };
  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    }
  };
  const shown = !q ? '' : count === 0 ? '无结果' : `第 ${Math.min(current, count - 1) + 1}/${count} 处`;
  return (
    <div className="find-bar" ref={bar} role="search" aria-label="在本页查找" data-testid="find-bar" data-find-skip onKeyDown={onKeyDown}>
      <input
        ref={input}
        autoFocus
        data-testid="find-input"
        placeholder="在本页查找(Enter 下一处,Shift+Enter 上一处)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
          revealed.current = '';
        }}
      />
      <span className="find-count" data-testid="find-count" aria-live="polite">
        {shown}
      </span>
      <button type="button" className="quiet" title="上一处(Shift+Enter)" disabled={count === 0} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="quiet" title="下一处(Enter)" disabled={count === 0} onClick={() => step(1)}>
        ↓
      </button>
      <button type="button" className="quiet" title="关闭(Esc)" data-testid="find-close" onClick={close}>
        ✕
      </button>
    </div>
  );
}
