/** The start screen: saved comparisons and recent items (comparisons, documents read, draft reviews). */
import { useState } from 'react';
import type { RecentItem, SavedComparison } from '../../../shared/api/contract';
import { api, errorText } from '../app/api';
import { localTime } from '../app/local-time';
import { useAsync } from '../app/use-async';

/** Props of the start screen. */
export interface StartScreenProps {
  readonly onCompare: (ids: readonly string[], pivot?: number) => void;
  readonly onRead: (docId: string) => void;
  readonly onReview: (reviewId: string) => void;
  readonly onLibrary: () => void;
  readonly onDraft: () => void;
}

const recentPrefix: Readonly<Record<RecentItem['kind'], string>> = { comparison: '比对', document: '阅读', review: '草稿审查' };

/** Lists what the user saved and opened lately. */
export function StartScreen({ onCompare, onRead, onReview, onLibrary, onDraft }: StartScreenProps) {
  const [version, setVersion] = useState(0);
  const [error, setError] = useState('');
  const state = useAsync(`start-${version}`, async () => {
    const [saved, recent] = await Promise.all([api().listSavedComparisons(), api().listRecent()]);
    return { saved, recent };
  });
  const remove = async (s: SavedComparison) => {
    if (!window.confirm(`删除已保存的比对“${s.name}”?`)) return;
    try {
      await api().deleteSavedComparison({ id: s.id });
      setVersion((v) => v + 1);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const open = (r: RecentItem) => (r.kind === 'document' ? onRead(r.ids[0]) : r.kind === 'review' ? onReview(r.ids[0]) : onCompare(r.ids));
  if (state.kind === 'loading') return <p className="empty-state">正在载入…</p>;
  if (state.kind === 'failed')
    return (
      <p className="error" role="alert">
        {state.message}
      </p>
    );
  const { saved, recent } = state.value;
  return (
    <div className="start" data-testid="start-screen">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="start-actions">
        <button type="button" className="primary" onClick={onLibrary}>
          从文库选文件比对
        </button>
        <button type="button" onClick={onDraft}>
          审查一份草稿
        </button>
      </div>
      <section>
        <h2>已保存的比对</h2>
        {saved.length === 0 && <p className="muted">还没有保存的比对。在比对页点“保存比对”。</p>}
        <ul>
          {saved.map((s) => (
            <li key={s.id} data-testid="saved-comparison">
              <button type="button" className="link" onClick={() => onCompare(s.ids, s.pivot)}>
                {s.name}
              </button>
              <span className="start-meta">
                <span className="muted small">{localTime(s.savedAt)}</span>
                <button type="button" className="quiet small" onClick={() => void remove(s)}>
                  删除
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>最近打开</h2>
        {recent.length === 0 && <p className="muted">还没有最近打开的内容。</p>}
        <ul>
          {recent.map((r, i) => (
            <li key={i} data-testid="recent-item" data-kind={r.kind}>
              <button type="button" className="link" onClick={() => open(r)}>
                <span className="badge">{recentPrefix[r.kind]}</span> {r.label}
              </button>
              <span className="start-meta muted small">{localTime(r.openedAt)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
