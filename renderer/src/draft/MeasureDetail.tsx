/** One draft measure against its chosen precedent: word diff, targets, responsible units, note. */
import { useEffect, useState } from 'react';
import type { Note, NoteKey } from '../../../shared/api/contract';
import type { UnitPrecedents } from '../../../shared/model/comparison';
import type { Unit } from '../../../shared/model/document';
import { DiffText } from './DiffText';
import { Similarity } from '../app/Similarity';
import { NoteEditor } from './NoteEditor';
import { ResponsibleCompare, TargetTable } from './TargetTable';
import { useUnit } from './use-corpus';
import { useDiff } from './use-diff';
import { precedentLabel } from './precedent-label';

/** The detail pane of the selected measure. */
export function MeasureDetail(props: {
  readonly draftId: string;
  readonly unit: Unit;
  readonly precedents: UnitPrecedents;
  readonly note: Note | undefined;
  readonly titleOf: (docId: string) => string;
  readonly onNoteSaved: (key: NoteKey, note: Note | null) => void;
}) {
  const { unit, precedents } = props;
  const [chosen, setChosen] = useState(0);
  useEffect(() => setChosen(0), [unit.id]);
  const precedent = precedents.precedents[chosen];
  const other = useUnit(precedent?.doc ?? null, precedent?.unitId ?? null);
  const diff = useDiff(other ?? null, unit);
  return (
    <article className="measure-detail" data-testid="measure-detail">
      <h3>
        草稿第 {unit.label || unit.ordinal} 条 {unit.title}
      </h3>
      {precedents.precedents.length > 0 && (
        <fieldset className="precedent-choice">
          <legend>相近先例(按相似度排列,选一条查看逐词差异)</legend>
          {precedents.precedents.map((p, i) => (
            <label key={`${p.doc}/${p.unitId}`}>
              <input type="radio" name="precedent" checked={i === chosen} onChange={() => setChosen(i)} />
              {props.titleOf(p.doc)} {precedentLabel(p)} {p.label ? p.title : ''} <Similarity score={p.score} />
            </label>
          ))}
        </fieldset>
      )}
      <h4>与先例的逐词差异</h4>
      {precedent && (
        <p className="diff-legend muted small" data-testid="draft-diff-legend">
          以所选先例为底稿标出草稿的改动:<del>删除线</del> 为先例有、草稿删去的文字;<ins>下划线</ins> 为草稿新增的文字;其余为两者相同。
        </p>
      )}
      {!precedent && <p className="diff-text">{unit.text}</p>}
      {precedent && diff.kind !== 'done' && <p className="muted">正在比对…</p>}
      {diff.kind === 'done' && <DiffText ops={diff.ops} />}
      {diff.kind === 'done' && diff.fallbackNote && <p className="muted">{diff.fallbackNote}</p>}
      <h4>量化指标</h4>
      <TargetTable draft={unit.targets} precedent={other?.targets ?? []} />
      <h4>责任单位</h4>
      <ResponsibleCompare draft={unit.responsible} precedent={other?.responsible ?? []} />
      <NoteEditor noteKey={{ docId: props.draftId, unitId: unit.id }} note={props.note} onSaved={props.onNoteSaved} />
    </article>
  );
}
