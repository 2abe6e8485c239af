/** Search across the corpus (Ctrl+K / Ctrl+F): hits grouped by document, matches highlighted. */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract';
import type { SearchHit } from '../../../shared/model/comparison';
import { api, errorText } from '../app/api';

/** Props of the search panel. */
export interface SearchPanelProps {
  readonly library: readonly DocumentSummary[];
  readonly onClose: () => void;
  readonly onOpen: (docId: string, unitId: string) => void;
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

/** The search dialog. */
export function SearchPanel({ library, onClose, onOpen, onAdd }: SearchPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly SearchHit[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => input.current?.focus(), []);

  const run = async () => {
    if (!query.trim()) return;
    setError('');
    try {
      setHits(await api().search({ query: query.trim(), limit: 60 }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const titles = new Map(library.map((d) => [d.id, d.meta.title]));
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits ?? []) groups.set(h.doc, [...(groups.get(h.doc) ?? []), h]);

  return (
    <div className="overlay" onClick={onClose}>
      <div className="search-panel" data-testid="search-panel" role="dialog" aria-label="搜索" onClick={(e) => e.stopPropagation()}>
        <div className="search-bar">
          <input
            ref={input}
            data-testid="search-input"
            placeholder="在全部文件中搜索,如:以旧换新"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && void run()}
          />
          <button type="button" onClick={() => void run()}>
            搜索
          </button>
          <button type="button" className="quiet" onClick={onClose}>
            关闭 (Esc)
          </button>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        {hits && hits.length === 0 && <p className="empty-state">没有找到。</p>}
        <div className="search-results">
          {[...groups.entries()].map(([docId, list]) => (
            <section key={docId} className="search-group" data-testid="search-group" data-doc-id={docId}>
              <h3>
                {titles.get(docId) ?? docId} <span className="muted">{list.length} 处</span>
              </h3>
              {list.map((h) => (
                <div key={h.unitId} className="search-hit" data-testid="search-hit">
                  <div className="hit-head">
                    <strong>
                      {h.label} {h.title}
                    </strong>
                    <span className="muted small">{h.path.join(' › ')}</span>
                    <button type="button" data-testid="hit-open" onClick={() => onOpen(docId, h.unitId)}>
                      阅读
                    </button>
                    <button type="button" data-testid="hit-add" onClick={() => onAdd(docId)}>
                      加入比对
                    </button>
                  </div>
                  <Snippet hit={h} />
                </div>
              ))}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
