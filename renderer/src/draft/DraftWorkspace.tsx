/**
 * The reviewer's workspace: open a draft (pasted, from a file, or a library
 * document), checked against every precedent; saved reviews reopen, and can be
 * renamed or deleted.
 */
import { useEffect, useState } from 'react';
import type { DraftReview } from '../../../shared/api/contract';
import { draftApi, errorText } from './api';
import { DraftInput, hasMeasures, noMeasures } from './DraftInput';
import { ReviewList } from './ReviewList';
import { ReviewView } from './ReviewView';
import './draft.css';

/** A request to reopen a saved review (`id`) or to review a library document (`docId`); `seq` changes on every request, even for the same one. */
export type ReopenRequest =
  | { readonly kind?: 'review'; readonly id: string; readonly seq: number }
  | { readonly kind: 'document'; readonly docId: string; readonly name: string; readonly seq: number };

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

  const reviewDocument = async (docId: string, name: string) => {
    setError('');
    try {
      opened(await draftApi().openDraft({ name, docId }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  useEffect(() => {
    if (!reopen) return;
    if (reopen.kind === 'document') void reviewDocument(reopen.docId, reopen.name);
    else void reopenReview(reopen.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reopen?.seq]);

  return (
    <div className="draft-workspace" data-testid="draft-workspace">
      <aside className="draft-aside">
        <button type="button" data-testid="new-draft" onClick={() => setEntering(true)}>
          新的草稿审查
        </button>
        <ReviewList
          version={version}
          currentId={review?.id ?? null}
          onOpen={(id) => void reopenReview(id)}
          onRenamed={(entry) => setReview((r) => (r && r.id === entry.id ? { ...r, name: entry.name } : r))}
          onDeleted={(id) => {
            if (review?.id === id) {
              setReview(null);
              setEntering(true);
            }
          }}
        />
        {error && (
          <p className="draft-error" role="alert">
            {error}
          </p>
        )}
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
