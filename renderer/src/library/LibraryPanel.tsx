/** The library: documents grouped by region, year and kind; filter, pick 2–4 to compare, open to read, import. */
import { useState } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract';
import { api, errorText } from '../app/api';
import { displayDate, filterDocuments, groupDocuments } from './group-documents';
import { ImportControl } from './ImportControl';
import { MetaEditor } from './MetaEditor';
import './library.css';

/** Props of the library panel. */
export interface LibraryPanelProps {
  readonly documents: readonly DocumentSummary[];
  /** ticked documents, in the order ticked (kept by the app so search can tick one) */
  readonly picked: readonly string[];
  readonly onPick: (ids: readonly string[]) => void;
  readonly onChanged: () => void;
  readonly onCompare: (ids: readonly string[]) => void;
  readonly onRead: (docId: string) => void;
  /** reviews the document as a draft (起草审查) */
  readonly onReview?: (docId: string, name: string) => void;
}

/** Lists the library and starts comparisons. */
export function LibraryPanel({ documents, picked, onPick, onChanged, onCompare, onRead, onReview }: LibraryPanelProps) {
  const [filter, setFilter] = useState('');
  const [error, setError] = useState('');
  /** the document whose metadata is being corrected */
  const [editing, setEditing] = useState<DocumentSummary | null>(null);
  const groups = groupDocuments(filterDocuments(documents, filter));
  const toggle = (id: string) =>
    onPick(picked.includes(id) ? picked.filter((x) => x !== id) : picked.length >= 4 ? picked : [...picked, id]);
  const remove = async (d: DocumentSummary) => {
    if (!window.confirm(`从文库移除“${d.meta.title}”?\n导入的文字将被删除,原文件不受影响;批注保留在数据文件中。`)) return;
    try {
      await api().removeDocument({ id: d.id });
      onPick(picked.filter((x) => x !== d.id));
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className="library">
      <div className="library-tools">
        <input
          type="search"
          placeholder="筛选:标题、文号、地区、类别…"
          value={filter}
          data-testid="library-filter"
          onChange={(e) => setFilter(e.target.value)}
        />
        <button
          type="button"
          className="primary"
          data-testid="compare-button"
          disabled={picked.length < 2}
          onClick={() => onCompare(picked)}
        >
          比对所选({picked.length}/4)
        </button>
        <span className="muted small" data-testid="pick-hint">
          {picked.length < 2
            ? `勾选 2–4 份文件进行比对${picked.length === 1 ? ',还需再选 1 份' : ''}`
            : picked.length >= 4
              ? '最多 4 份'
              : ''}
        </span>
        <ImportControl onImported={onChanged} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="library-list" data-testid="library-list">
        {groups.map((g) => (
          <section key={g.heading} className="library-group">
            <h2>{g.heading}</h2>
            <ul>
              {g.documents.map((d) => (
                <li key={d.id} className="doc-row" data-testid="doc-row" data-doc-id={d.id}>
                  <label className="doc-pick">
                    <input
                      type="checkbox"
                      data-testid="doc-pick"
                      checked={picked.includes(d.id)}
                      disabled={!picked.includes(d.id) && picked.length >= 4}
                      onChange={() => toggle(d.id)}
                    />
                    <span className="doc-title">{d.meta.title}</span>
                  </label>
                  <span>
                    {d.meta.status === 'draft' && (
                      <span className="badge draft-badge" data-testid="draft-badge">
                        征求意见稿
                      </span>
                    )}
                  </span>
                  <span className="doc-number">{d.meta.docNumber ?? ''}</span>
                  <span className="doc-date">{displayDate(d.meta)}</span>
                  <span className="muted">
                    {d.unitCount} 条{d.origin === 'seed' ? ' · 内置' : ' · 导入'}
                    {d.warningCount > 0 ? ` · ${d.warningCount} 处存疑` : ''}
                  </span>
                  <span className="doc-actions">
                    {onReview && d.meta.status === 'draft' && (
                      <button
                        type="button"
                        className="primary"
                        data-testid="doc-review"
                        title="把这份征求意见稿与文库中的先例逐条比对"
                        onClick={() => onReview(d.id, d.meta.title)}
                      >
                        审查此稿
                      </button>
                    )}
                    <button type="button" data-testid="doc-open" onClick={() => onRead(d.id)}>
                      阅读
                    </button>
                    {onReview && d.meta.status !== 'draft' && (
                      <button
                        type="button"
                        className="quiet"
                        data-testid="doc-review"
                        title="把这份文件当作草稿,与文库中的其他文件逐条比对"
                        onClick={() => onReview(d.id, d.meta.title)}
                      >
                        审查此稿
                      </button>
                    )}
                    <button
                      type="button"
                      className="quiet"
                      data-testid="doc-edit"
                      title="修改标题、文号、日期、地区等"
                      onClick={() => setEditing(d)}
                    >
                      信息
                    </button>
                  </span>
                  <span>
                    {d.origin === 'imported' && (
                      <button type="button" className="quiet" onClick={() => void remove(d)}>
                        移除
                      </button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && <p className="empty-state">没有符合筛选条件的文件。</p>}
      </div>
      {editing && <MetaEditor document={editing} onSaved={onChanged} onClose={() => setEditing(null)} />}
    </div>
  );
}
