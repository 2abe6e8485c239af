/** One opened review: measures with precedents, the selected measure's detail, gaps, export. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DraftReview, Note, NoteKey } from '../../../shared/api/contract';
import type { Precedent } from '../../../shared/model/comparison';
import { draftApi, errorText } from './api';
import { ExportPanel } from './ExportPanel';
import { GapsList } from './GapsList';
import { MeasureDetail } from './MeasureDetail';
import { MeasureList } from './MeasureList';
import { PrecedentView } from './PrecedentView';
import { useCorpus } from './use-corpus';
import { localTime } from '../app/local-time';
import { FindInView } from '../find/FindInView';

/** The review workspace for `review`. */
export function ReviewView({ review }: { readonly review: DraftReview }) {
  const { titleOf, shortOf } = useCorpus();
  const root = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string | null>(review.check.units[0]?.unitId ?? null);
  const [shown, setShown] = useState<Precedent | null>(null);
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [message, setMessage] = useState('');

  useEffect(() => {
    setSelected(review.check.units[0]?.unitId ?? null);
    setShown(null);
    draftApi()
      .listNotes()
      .then((all) => setNotes(all.filter((n) => n.docId === review.docId)))
      .catch((e: unknown) => setMessage(errorText(e)));
  }, [review]);

  const noted = useMemo(() => new Set(notes.map((n) => n.unitId)), [notes]);
  const unit = review.draft.units.find((u) => u.id === selected);
  const precedents = review.check.units.find((u) => u.unitId === selected);

  const onNoteSaved = (key: NoteKey, note: Note | null) =>
    setNotes((now) => [...now.filter((n) => n.unitId !== key.unitId), ...(note ? [note] : [])]);

  const addToLibrary = async () => {
    try {
      const summary = await draftApi().addDraftToLibrary({ reviewId: review.id });
      setMessage(`已加入文库:${summary.meta.title || summary.fileName}`);
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  const exportDocument = async (kind: 'tracked' | 'feedback') => {
    try {
      const result = await draftApi().exportReviewDocument({ reviewId: review.id, kind });
      setMessage(result.kind === 'saved' ? `已导出:${result.path}` : '已取消导出');
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  const printPdf = async () => {
    try {
      const result = await draftApi().printToPdf();
      setMessage(result.kind === 'saved' ? `已保存 PDF:${result.path}` : '已取消打印');
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <div className="review-view" ref={root}>
      <FindInView root={root} />
      <header className="review-header">
        <h2 data-testid="review-title">{review.name || review.draft.summary.meta.title}</h2>
        <span className="muted">
          {review.check.units.length} 条措施 · 保存于 {localTime(review.savedAt)}
        </span>
        {review.docId === review.id && (
          <button type="button" data-testid="add-to-library" onClick={() => void addToLibrary()}>
            加入文库
          </button>
        )}
        <button
          type="button"
          data-testid="export-tracked"
          title="以草稿为修订稿、最接近的先例为底稿,导出带修订痕迹的 Word 文件"
          onClick={() => void exportDocument('tracked')}
        >
          导出修订稿
        </button>
        <button
          type="button"
          data-testid="export-feedback"
          title="把各条批注整理成意见反馈表(Word)"
          onClick={() => void exportDocument('feedback')}
        >
          意见反馈表
        </button>
        <button type="button" data-testid="print-pdf" onClick={() => void printPdf()}>
          打印 / PDF
        </button>
        {message && <span role="status">{message}</span>}
      </header>
      <div className="review-columns">
        <MeasureList
          units={review.check.units}
          selected={selected}
          noted={noted}
          titleOf={titleOf}
          shortOf={shortOf}
          onSelect={(id) => (setSelected(id), setShown(null))}
        />
        <div className="review-side">
          {shown ? (
            <PrecedentView precedent={shown} title={titleOf(shown.doc)} onClose={() => setShown(null)} />
          ) : (
            unit &&
            precedents && (
              <MeasureDetail
                draftId={review.docId}
                unit={unit}
                precedents={precedents}
                note={notes.find((n) => n.unitId === unit.id)}
                titleOf={titleOf}
                onNoteSaved={onNoteSaved}
              />
            )
          )}
          <GapsList gaps={review.check.gaps} titleOf={titleOf} onShow={setShown} />
          <ExportPanel review={review} titleOf={titleOf} noted={[...noted]} />
        </div>
      </div>
    </div>
  );
}
