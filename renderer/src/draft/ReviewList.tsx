/** Saved reviews, newest first; choosing one reopens it. */
import { useEffect, useState } from 'react';
import { draftApi, errorText } from './api';
import { localTime } from '../app/local-time';

interface ReviewEntry {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string;
}

/** Lists saved reviews; `version` changes when a new one is saved. */
export function ReviewList({ version, currentId, onOpen }: { readonly version: number; readonly currentId: string | null; readonly onOpen: (id: string) => void }) {
  const [reviews, setReviews] = useState<readonly ReviewEntry[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    draftApi()
      .listReviews()
      .then((list) => setReviews([...list].sort((a, b) => b.savedAt.localeCompare(a.savedAt))))
      .catch((e: unknown) => setError(errorText(e)));
  }, [version]);
  if (error) return <p className="draft-error">{error}</p>;
  if (reviews.length === 0) return null;
  return (
    <nav className="review-list" aria-label="已保存的审查">
      <h3>已保存的审查</h3>
      <ul>
        {reviews.map((r) => (
          <li key={r.id}>
            <button type="button" data-testid="saved-review" aria-current={r.id === currentId} onClick={() => onOpen(r.id)}>
              <span className="review-name">{r.name}</span>
              <small className="muted">{localTime(r.savedAt)}</small>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
