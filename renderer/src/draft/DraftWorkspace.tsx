/**
 * The reviewer's workspace: open a draft (pasted or from a file), kept apart
 * from the library, checked against every precedent; saved reviews reopen.
 */
import { useEffect, useState } from 'react';
import type { DraftReview } from '../../../shared/api/contract';
import { draftApi, errorText } from './api';
import { DraftInput, hasMeasures, noMeasures } from './DraftInput';
import { ReviewList } from './ReviewList';
import { ReviewView } from './ReviewView';
import './draft.css';

/** A request to reopen a saved review; `seq` changes on every request, even for the same review. */
export interface ReopenRequest {
  readonly id: string;
  readonly seq: number;
}

/** The draft review screen; talks to `window.api`; `reopen` opens a saved review (from the start screen). */
export function DraftWorkspace({ reopen }: { readonly reopen?: ReopenRequest | null }) {
  const [review, setReview] = useState<DraftReview | null>(null);
  const [version, setVersion] = useState(0);
  const [entering, setEntering] = useState(true);
  const [error, setError] = useState('');

  const opened = (r: DraftReview) => {
    setReview(r);
    setEntering(false);
    setVersion((v) => v + 1);
  };
  const reopenReview = async (id: string) => {
    setError('');
    try {
      const r = await draftApi().getReview({ id });
      if (hasMeasures(r)) opened(r);
      else setError(noMeasures);
    } catch (e) {
      setError(errorText(e));
    }
  };

  useEffect(() => {
    if (reopen) void reopenReview(reopen.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reopen?.seq]);

  return (
    <div className="draft-workspace" data-testid="draft-workspace">
      <aside className="draft-aside">
        <button type="button" data-testid="new-draft" onClick={() => setEntering(true)}>
          新的草稿审查
        </button>
        <ReviewList version={version} currentId={review?.id ?? null} onOpen={(id) => void reopenReview(id)} />
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
