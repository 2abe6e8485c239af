/** The full text of one precedent unit, opened from the gaps list. */
import type { Precedent } from '../../../shared/model/comparison';
import { useUnit } from './use-corpus';
import { precedentLabel } from './precedent-label';

/** Shows a precedent's text; `onClose` returns to the draft measure. */
export function PrecedentView({
  precedent,
  title,
  onClose,
}: {
  readonly precedent: Precedent;
  readonly title: string;
  readonly onClose: () => void;
}) {
  const unit = useUnit(precedent.doc, precedent.unitId);
  return (
    <article className="measure-detail" data-testid="precedent-view">
      <h3>
        {title} {precedentLabel(precedent)}
      </h3>
      {unit && unit.path.length > 0 && <p className="muted">{unit.path.join(' › ')}</p>}
      <p className="diff-text">{unit ? unit.text : '正在读取…'}</p>
      <button type="button" onClick={onClose}>
        返回草稿措施
      </button>
    </article>
  );
}
