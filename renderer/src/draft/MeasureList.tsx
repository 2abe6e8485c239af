/** Every draft measure with its top precedents and their similarity; choosing one opens its detail. */
import type { UnitPrecedents } from '../../../shared/model/comparison';
import { precedentLabel } from './precedent-label';

/** A similarity as a whole percentage. */
export const percent = (score: number): string => `${Math.round(score * 100)}%`;

/** The list of draft measures; `noted` marks measures that carry a note. */
export function MeasureList(props: {
  readonly units: readonly UnitPrecedents[];
  readonly selected: string | null;
  readonly noted: ReadonlySet<string>;
  readonly titleOf: (docId: string) => string;
  readonly onSelect: (unitId: string) => void;
}) {
  return (
    <ol className="measure-list" aria-label="草稿措施">
      {props.units.map((u) => (
        <li key={u.unitId} data-testid="measure" aria-current={u.unitId === props.selected}>
          <button type="button" onClick={() => props.onSelect(u.unitId)}>
            <span className="measure-label">{u.label}</span> {u.title || '(无标题)'}
            {props.noted.has(u.unitId) && <span className="note-mark" title="有批注">✎</span>}
          </button>
          {u.precedents.length === 0 ? (
            <p className="muted" data-testid="no-precedent">
              文库中没有相近的先例
            </p>
          ) : (
            <ul className="precedent-chips">
              {u.precedents.slice(0, 3).map((p) => (
                <li key={`${p.doc}/${p.unitId}`} data-testid="precedent" title={props.titleOf(p.doc)}>
                  {props.titleOf(p.doc).slice(0, 14)} {precedentLabel(p)} <b>{percent(p.score)}</b>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
