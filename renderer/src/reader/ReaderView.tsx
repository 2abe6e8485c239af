/** One document as printed, with its outline, its units highlighted as parsed and the parser's warnings in place. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail } from '../../../shared/api/contract';
import type { NotesState } from '../app/use-notes';
import { api } from '../app/api';
import { useAsync } from '../app/use-async';
import { displayDate } from '../library/group-documents';
import { FindInView } from '../find/FindInView';
import { flattenOutline, headingAnchor, joinedPieces, readerPieces, warningAnchor, type Part } from './reader-pieces';

/** Props of the reader. */
export interface ReaderViewProps {
  readonly docId: string;
  readonly unitId?: string;
  /** the query of the corpus hit being read: highlighted, found from the hit's unit on */
  readonly query?: string;
  readonly notes: NotesState;
}

const scrollTo = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' });

/** Loads and shows one document. */
export function ReaderView({ docId, unitId, query, notes }: ReaderViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const state = useAsync<DocumentDetail>(docId, () => api().getDocument({ id: docId, opened: true }));
  const doc = state.kind === 'done' ? state.value : null;
  const [original, setOriginal] = useState(false);
  const asPrinted = useMemo(() => (doc ? readerPieces(doc) : []), [doc]);
  const pieces = useMemo(() => (original ? asPrinted : joinedPieces(asPrinted)), [asPrinted, original]);
  const pageLines = (doc?.furniture ?? []).filter((f) => f.kind === 'page');
  useEffect(() => {
    if (doc && unitId) scrollTo(`u-${unitId}`);
  }, [doc, unitId]);
  if (state.kind === 'loading') return <p className="empty-state">正在打开…</p>;
  if (state.kind === 'failed')
    return (
      <p className="error" role="alert">
        {state.message}
      </p>
    );
  const d = state.value;
  const facts = [d.summary.meta.docNumber, d.summary.meta.issuer, displayDate(d.summary.meta), `${d.units.length} 条`].filter(Boolean);
  return (
    <div className="reader" data-testid="reader-view" ref={root}>
      <FindInView root={root} scope=".reader-text" initialQuery={query} startIn={unitId ? `#u-${CSS.escape(unitId)}` : undefined} />
      <nav className="reader-outline" aria-label="目录">
        <h3>目录</h3>
        {flattenOutline(d.outline)
          .filter(({ node }) => node.kind !== 'toc')
          .map(({ node, depth }) => (
            <button
              key={node.headingSpan.start}
              type="button"
              className={`depth-${depth}`}
              onClick={() => scrollTo(headingAnchor(node.headingSpan))}
            >
              {node.label} {node.title}
            </button>
          ))}
      </nav>
      <article className="reader-text">
        <header className="reader-head">
          <h1 data-testid="reader-title">{d.summary.meta.title}</h1>
          <p className="muted">
            {facts.join(' · ')}
            {d.summary.meta.status === 'draft' && <span className="badge draft-badge">征求意见稿</span>}
            <label className="reader-original" title="按原文的换行显示(网页、PDF 转换断开的行不再拼接)">
              <input type="checkbox" data-testid="reader-original" checked={original} onChange={(e) => setOriginal(e.target.checked)} />{' '}
              原文
            </label>
          </p>
          {pageLines.length > 0 && (
            <details className="reader-furniture" data-testid="reader-furniture">
              <summary>网页信息 {pageLines.length} 行(复制自网页或数据库,不属于正文)</summary>
              <ul>
                {pageLines.map((f) => (
                  <li key={f.span.start}>{f.text}</li>
                ))}
              </ul>
            </details>
          )}
          {d.warnings.length > 0 && (
            <details className="reader-warnings" data-testid="reader-warnings" open={d.warnings.length <= 5}>
              <summary className="warning-count">解析存疑 {d.warnings.length} 处(正文中以黄底虚线标出)</summary>
              <ol>
                {d.warnings.map((w, i) => (
                  <li key={i}>
                    <button type="button" className="link" onClick={() => scrollTo(warningAnchor(i))}>
                      “{d.text.slice(w.span.start, Math.min(w.span.endExclusive, w.span.start + 24))}
                      {w.span.endExclusive - w.span.start > 24 ? '…' : ''}”
                    </button>{' '}
                    <span className="muted">{w.message}</span>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </header>
        <div className="reader-body">
          {pieces.map((p, i) => {
            switch (p.kind) {
              case 'text':
                return <Parts key={i} parts={p.parts} squeeze />;
              case 'furniture':
                return (
                  <span key={i} className="reader-furniture-line" data-testid="reader-furniture-line">
                    <Parts parts={p.parts} />
                  </span>
                );
              case 'heading':
                return (
                  <span key={i} id={p.anchor} className="reader-heading">
                    <Parts parts={p.parts} />
                  </span>
                );
              case 'unit': {
                const note = notes.get(d.summary.id, p.unitId);
                return (
                  <span
                    key={i}
                    id={`u-${p.unitId}`}
                    className={p.unitId === unitId ? 'reader-unit chosen' : 'reader-unit'}
                    data-testid="reader-unit"
                    data-unit-id={p.unitId}
                  >
                    <Parts parts={p.parts} />
                    {note && (
                      <span className="note-marker" data-testid="note-marker" title={note}>
                        ✎ {note}
                      </span>
                    )}
                  </span>
                );
              }
            }
          })}
        </div>
      </article>
    </div>
  );
}

/** A piece's parts: plain text, or the parser's warning marked with its message. `squeeze` folds runs of blank lines. */
function Parts({ parts, squeeze = false }: { readonly parts: readonly Part[]; readonly squeeze?: boolean }) {
  return (
    <>
      {parts.map((part, i) => {
        const text = squeeze ? part.text.replace(/\n(\s*\n){2,}/g, '\n\n') : part.text;
        return part.warning === undefined ? (
          <span key={i}>{text}</span>
        ) : (
          <mark
            key={i}
            id={part.warningIndex === undefined ? undefined : warningAnchor(part.warningIndex)}
            className="reader-warning"
            data-testid="reader-warning"
            title={part.warning}
          >
            {text}
          </mark>
        );
      })}
    </>
  );
}
