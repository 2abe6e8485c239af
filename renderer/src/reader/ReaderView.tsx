/** One document as printed, with its outline, its units highlighted as parsed and the parser's warnings in place. */
import { useEffect, useMemo } from 'react';
import type { DocumentDetail } from '../../../shared/api/contract';
import type { NotesState } from '../app/use-notes';
import { api } from '../app/api';
import { useAsync } from '../app/use-async';
import { displayDate } from '../library/group-documents';
import { flattenOutline, headingAnchor, readerPieces } from './reader-pieces';

/** Props of the reader. */
export interface ReaderViewProps {
  readonly docId: string;
  readonly unitId?: string;
  readonly notes: NotesState;
}

const scrollTo = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' });

/** Loads and shows one document. */
export function ReaderView({ docId, unitId, notes }: ReaderViewProps) {
  const state = useAsync<DocumentDetail>(docId, () => api().getDocument({ id: docId }));
  const doc = state.kind === 'done' ? state.value : null;
  const pieces = useMemo(() => (doc ? readerPieces(doc) : []), [doc]);
  useEffect(() => {
    if (doc && unitId) scrollTo(`u-${unitId}`);
  }, [doc, unitId]);
  if (state.kind === 'loading') return <p className="empty-state">正在打开…</p>;
  if (state.kind === 'failed') return <p className="error" role="alert">{state.message}</p>;
  const d = state.value;
  return (
    <div className="reader" data-testid="reader-view">
      <nav className="reader-outline" aria-label="目录">
        {flattenOutline(d.outline)
          .filter(({ node }) => node.kind !== 'toc')
          .map(({ node, depth }) => (
            <button key={node.headingSpan.start} type="button" className={`depth-${depth}`} onClick={() => scrollTo(headingAnchor(node.headingSpan))}>
              {node.label} {node.title}
            </button>
          ))}
      </nav>
      <article className="reader-text">
        <header className="reader-head">
          <h1 data-testid="reader-title">{d.summary.meta.title}</h1>
          <p className="muted">
            {[d.summary.meta.docNumber, d.summary.meta.issuer, displayDate(d.summary.meta)].filter(Boolean).join(' · ')}
            {' · '}
            {d.units.length} 条
            {d.warnings.length > 0 && <span className="warning-count"> · 解析存疑 {d.warnings.length} 处(黄色标出)</span>}
          </p>
        </header>
        <div className="reader-body">
          {pieces.map((p, i) => {
            switch (p.kind) {
              case 'text':
                return <span key={i}>{p.text.replace(/\n(\s*\n){2,}/g, '\n\n')}</span>;
              case 'heading':
                return (
                  <span key={i} id={p.anchor} className="reader-heading">
                    {p.text}
                  </span>
                );
              case 'unit': {
                const note = notes.get(d.summary.id, p.unitId);
                return (
                  <span key={i} id={`u-${p.unitId}`} className={p.unitId === unitId ? 'reader-unit chosen' : 'reader-unit'} data-testid="reader-unit" data-unit-id={p.unitId}>
                    {p.text}
                    {note && (
                      <span className="note-marker" data-testid="note-marker" title={note}>
                        ✎ {note}
                      </span>
                    )}
                  </span>
                );
              }
              case 'warning':
                return (
                  <mark key={i} className="reader-warning" data-testid="reader-warning" title={p.message}>
                    {p.text}
                  </mark>
                );
            }
          })}
        </div>
      </article>
    </div>
  );
}
