/** Saved reviews, newest first; choosing one reopens it; each can be renamed or deleted (after asking). */
import { useEffect, useState } from 'react';
import type { ReviewEntry } from '../../../shared/api/contract';
import { draftApi, errorText } from './api';
import { localTime } from '../app/local-time';

/** Lists saved reviews; `version` changes when one is saved; `onDeleted` tells the workspace one is gone. */
export function ReviewList({
  version,
  currentId,
  onOpen,
  onDeleted,
  onRenamed,
}: {
  readonly version: number;
  readonly currentId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onDeleted: (id: string) => void;
  readonly onRenamed: (entry: ReviewEntry) => void;
}) {
  const [reviews, setReviews] = useState<readonly ReviewEntry[]>([]);
  const [error, setError] = useState('');
  const [renaming, setRenaming] = useState<{ readonly id: string; readonly name: string } | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    draftApi()
      .listReviews()
      .then((list) => setReviews([...list].sort((a, b) => b.savedAt.localeCompare(a.savedAt))))
      .catch((e: unknown) => setError(errorText(e)));
  }, [version, reload]);

  const rename = async () => {
    if (!renaming) return;
    try {
      const entry = await draftApi().renameReview({ id: renaming.id, name: renaming.name });
      setRenaming(null);
      setError('');
      setReload((n) => n + 1);
      onRenamed(entry);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const remove = async (r: ReviewEntry) => {
    if (
      !window.confirm(
        `删除审查“${r.name}”?\n草稿文字${r.docId ? '仍在文库中' : '随审查一并删除(已加入文库的不受影响)'};批注保留在所属文件上。`,
      )
    )
      return;
    try {
      await draftApi().deleteReview({ id: r.id });
      setReload((n) => n + 1);
      onDeleted(r.id);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (reviews.length === 0) return error ? <p className="draft-error">{error}</p> : null;
  return (
    <nav className="review-list" aria-label="已保存的审查">
      <h3>已保存的审查</h3>
      {error && (
        <p className="draft-error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {reviews.map((r) => (
          <li key={r.id} data-testid="saved-review-row">
            {renaming?.id === r.id ? (
              <form
                className="review-rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  void rename();
                }}
              >
                <input
                  aria-label="审查名称"
                  data-testid="review-name-input"
                  value={renaming.name}
                  maxLength={200}
                  autoFocus
                  onChange={(e) => setRenaming({ id: r.id, name: e.target.value })}
                />
                <button type="submit" data-testid="review-name-save">
                  保存
                </button>
                <button type="button" className="quiet" onClick={() => setRenaming(null)}>
                  取消
                </button>
              </form>
            ) : (
              <>
                <button type="button" data-testid="saved-review" aria-current={r.id === currentId} onClick={() => onOpen(r.id)}>
                  <span className="review-name">{r.name}</span>
                  <small className="muted">{localTime(r.savedAt)}</small>
                </button>
                <span className="review-actions">
                  <button
                    type="button"
                    className="quiet"
                    data-testid="review-rename"
                    title="重命名"
                    onClick={() => setRenaming({ id: r.id, name: r.name })}
                  >
                    重命名
                  </button>
                  <button type="button" className="quiet" data-testid="review-delete" title="删除此审查" onClick={() => void remove(r)}>
                    删除
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
