/**
 * The reviewer's workspace: open a draft (pasted or from a file), kept apart
 * from the library, checked against every precedent; saved reviews reopen.
 */
import { useState } from 'react';
import type { DraftReview } from '../../../shared/api/contract';
import { draftApi, errorText } from './api';
import { DraftInput, hasMeasures, noMeasures } from './DraftInput';
import { ReviewList } from './ReviewList';
import { ReviewView } from './ReviewView';
import './draft.css';

/** The draft review screen; no props, talks to `window.api`. */
export function DraftWorkspace() {
  const [review, setReview] = useState<DraftReview | null>(null);
  const [version, setVersion] = useState(0);
  const [entering, setEntering] = useState(true);
  const [error, setError] = useState('');

  const opened = (r: DraftReview) => {
    setReview(r);
    setEntering(false);
    setVersion((v) => v + 1);
  };
  const reopen = async (id: string) => {
    setError('');
    try {
      const r = await draftApi().getReview({ id });
      if (hasMeasures(r)) opened(r);
      else setError(noMeasures);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className="draft-workspace" data-testid="draft-workspace">
      <aside className="draft-aside">
        <button type="button" data-testid="new-draft" onClick={() => setEntering(true)}>
          新的草稿审查
        </button>
        <ReviewList version={version} currentId={review?.id ?? null} onOpen={(id) => void reopen(id)} />
        {error && <p className="draft-error" role="alert">{error}</p>}
      </aside>
      <main className="draft-main">
        <div hidden={!entering}>
          <DraftInput onOpened={opened} />
        </div>
        {!entering && review && <ReviewView key={review.id} review={review} />}
      </main>
    </div>
  );
}
