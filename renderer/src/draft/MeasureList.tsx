/** Every draft measure with its top precedents and their similarity; choosing one opens its detail. */
import type { UnitPrecedents } from '../../../shared/model/comparison';
import { Similarity } from '../app/Similarity';
import { similarityLegend } from '../app/similarity-band';
import { precedentLabel } from './precedent-label';

/** The list of draft measures; `noted` marks measures that carry a note. */
export function MeasureList(props: {
  readonly units: readonly UnitPrecedents[];
  readonly selected: string | null;
  readonly noted: ReadonlySet<string>;
  readonly titleOf: (docId: string) => string;
  readonly shortOf: (docId: string) => string;
  readonly onSelect: (unitId: string) => void;
}) {
  return (
    <div className="measure-pane">
      <p className="similarity-legend muted small" data-testid="similarity-legend">
        {similarityLegend}
      </p>
      <ol className="measure-list" aria-label="草稿措施">
        {props.units.map((u) => (
          <li key={u.unitId} data-testid="measure" aria-current={u.unitId === props.selected}>
            <button type="button" onClick={() => props.onSelect(u.unitId)}>
              <span className="measure-label">{u.label}</span> {u.title || '(无标题)'}
              {props.noted.has(u.unitId) && (
                <span className="note-mark" title="有批注">
                  ✎
                </span>
              )}
            </button>
            {u.precedents.length === 0 ? (
              <p className="muted" data-testid="no-precedent">
                文库中没有相近的先例
              </p>
            ) : (
              <ul className="precedent-chips">
                {u.precedents.slice(0, 3).map((p) => (
                  <li
                    key={`${p.doc}/${p.unitId}`}
                    data-testid="precedent"
                    title={`${props.titleOf(p.doc)} ${precedentLabel(p)} ${p.title}`}
                  >
                    {props.shortOf(p.doc)} {precedentLabel(p)} <Similarity score={p.score} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
