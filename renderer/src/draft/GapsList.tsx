/** Matters two or more comparable precedents cover and the draft lacks, each with its precedents and a suggested place. */
import type { Gap, Precedent } from '../../../shared/model/comparison';
import { gapPlaceText } from '../../../shared/engine/index/gaps';
import { precedentLabel } from './precedent-label';

/** The gaps; choosing a precedent shows its text. */
export function GapsList(props: {
  readonly gaps: readonly Gap[];
  readonly titleOf: (docId: string) => string;
  readonly onShow: (p: Precedent) => void;
}) {
  return (
    <section className="gaps" aria-label="可能缺少的措施">
      <h3>可能缺少的措施({props.gaps.length})</h3>
      {props.gaps.length === 0 ? (
        <p className="muted">先例中常见的措施草稿都有涉及</p>
      ) : (
        <ul>
          {props.gaps.map((g, i) => (
            <li key={i} data-testid="gap">
              <b>{g.title || '(无标题)'}</b>{' '}
              <small>
                {g.support} 份先例包含 · 建议位置:{gapPlaceText(g.place)}
              </small>
              <ul>
                {g.precedents.map((p) => (
                  <li key={`${p.doc}/${p.unitId}`}>
                    <button type="button" className="link" onClick={() => props.onShow(p)}>
                      {props.titleOf(p.doc)} {precedentLabel(p)} {p.label ? p.title : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
