/** One document's measures in a row: number, lead title, text with changes, badges, and a note. */
import { useState } from 'react';
import type { Cell } from './compare-model';
import type { NotesState } from '../app/use-notes';
import { DiffOps } from './DiffOps';
import { displayLabel } from '../../../shared/parse/numbering';

/** Props of a cell. */
export interface CompareCellProps {
  readonly cell: Cell;
  readonly docId: string;
  readonly isBase: boolean;
  readonly notes: NotesState;
  readonly onRead: (docId: string, unitId: string) => void;
}

/** A grid cell; "无对应条款" when the document has no counterpart. */
export function CompareCell({ cell, docId, isBase, notes, onRead }: CompareCellProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [showDiff, setShowDiff] = useState<ReadonlySet<string>>(new Set());
  if (cell.units.length === 0) {
    return (
      <div className="cell cell-none" data-testid="cell-empty" data-doc={cell.doc}>
        无对应条款
      </div>
    );
  }
  return (
    <div className={isBase ? 'cell cell-base' : 'cell'} data-testid="compare-cell" data-doc={cell.doc} data-unit-id={cell.units[0].unit.id}>
      {cell.units.map(({ unit, ops, coarse, rewritten }) => {
        const plain = rewritten && !showDiff.has(unit.id);
        const note = notes.get(docId, unit.id);
        return (
          <article key={unit.id} className="cell-unit">
            <header className="cell-head">
              <span className="unit-label">{displayLabel(unit)}</span>
              <strong className="unit-title">{unit.title}</strong>
              {note && (
                <span className="note-marker" data-testid="note-marker" title={note}>
                  ✎ 批注
                </span>
              )}
              <span className="cell-actions">
                <button type="button" className="quiet note-button" data-testid="cell-read" title="在阅读页打开原文,定位到本条" onClick={() => onRead(docId, unit.id)}>
                  原文
                </button>
                <button
                  type="button"
                  className="quiet note-button"
                  data-testid="note-button"
                  onClick={() => {
                    setEditing(unit.id);
                    setDraft(note);
                  }}
                >
                  {note ? '改批注' : '批注'}
                </button>
              </span>
            </header>
            {plain && (
              <p className="rewritten">
                措辞大多不同,未逐词标注{' '}
                <button type="button" className="link" onClick={() => setShowDiff(new Set([...showDiff, unit.id]))}>
                  显示逐词差异
                </button>
              </p>
            )}
            <p className="cell-text">
              <DiffOps ops={plain ? null : ops} text={unit.text} />
            </p>
            {coarse && <p className="muted small">差异按句比较(逐词比较超时)</p>}
            {note && editing !== unit.id && <p className="cell-note">✎ {note}</p>}
            {editing === unit.id && (
              <div className="note-edit">
                <textarea data-testid="note-editor" value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} />
                <button
                  type="button"
                  data-testid="note-save"
                  onClick={() => void notes.save(docId, unit.id, draft).then(() => setEditing(null))}
                >
                  保存
                </button>
                <button type="button" className="quiet" onClick={() => setEditing(null)}>
                  取消
                </button>
              </div>
            )}
          </article>
        );
      })}
      {cell.targetChanges.map((t) => (
        <span key={t} className="badge target-badge" data-testid="target-badge">
          {t}
        </span>
      ))}
      {(cell.responsibleAdded.length > 0 || cell.responsibleRemoved.length > 0) && (
        <p className="responsible-change" data-testid="responsible-change">
          责任单位:
          {cell.responsibleAdded.map((n) => (
            <ins key={`+${n}`}>+{n}</ins>
          ))}
          {cell.responsibleRemoved.map((n) => (
            <del key={`-${n}`}>−{n}</del>
          ))}
        </p>
      )}
    </div>
  );
}
