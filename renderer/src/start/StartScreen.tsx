/** The start screen: saved comparisons and recent items. */
import { useState } from 'react';
import type { RecentItem, SavedComparison } from '../../../shared/api/contract';
import { api, errorText } from '../app/api';
import { useAsync } from '../app/use-async';

/** Props of the start screen. */
export interface StartScreenProps {
  readonly onCompare: (ids: readonly string[], pivot?: number) => void;
  readonly onRead: (docId: string) => void;
}

/** Lists what the user saved and opened lately. */
export function StartScreen({ onCompare, onRead }: StartScreenProps) {
  const [version, setVersion] = useState(0);
  const [error, setError] = useState('');
  const state = useAsync(`start-${version}`, async () => {
    const [saved, recent] = await Promise.all([api().listSavedComparisons(), api().listRecent()]);
    return { saved, recent };
  });
  const remove = async (s: SavedComparison) => {
    try {
      await api().deleteSavedComparison({ id: s.id });
      setVersion((v) => v + 1);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const open = (r: RecentItem) => (r.kind === 'document' ? onRead(r.ids[0]) : onCompare(r.ids));
  if (state.kind === 'loading') return <p className="empty-state">正在载入…</p>;
  if (state.kind === 'failed') return <p className="error" role="alert">{state.message}</p>;
  const { saved, recent } = state.value;
  return (
    <div className="start">
      {error && <p className="error" role="alert">{error}</p>}
      <section>
        <h2>已保存的比对</h2>
        {saved.length === 0 && <p className="muted">还没有保存的比对。在比对页点“保存比对”。</p>}
        <ul>
          {saved.map((s) => (
            <li key={s.id} data-testid="saved-comparison">
              <button type="button" className="link" onClick={() => onCompare(s.ids, s.pivot)}>
                {s.name}
              </button>
              <span className="muted small"> {s.savedAt.slice(0, 16).replace('T', ' ')}</span>
              <button type="button" className="quiet" onClick={() => void remove(s)}>
                删除
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>最近打开</h2>
        {recent.length === 0 && <p className="muted">还没有最近打开的内容。</p>}
        <ul>
          {recent
            .filter((r) => r.kind !== 'review')
            .map((r, i) => (
              <li key={i} data-testid="recent-item">
                <button type="button" className="link" onClick={() => open(r)}>
                  {r.kind === 'comparison' ? '比对:' : '阅读:'}
                  {r.label}
                </button>
                <span className="muted small"> {r.openedAt.slice(0, 16).replace('T', ' ')}</span>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
