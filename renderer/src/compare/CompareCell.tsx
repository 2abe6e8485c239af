/**
 * One document's measures in a row: number, lead title, the pair's tier, text with
 * changes, badges, a note, and the hand corrections (对齐到… / 拆开). A document with
 * no counterpart in the row shows one thin line; unchanged long text folds to its
 * first line with 展开.
 */
import { useState } from 'react';
import type { Cell, CellUnit } from './compare-model';
import type { NotesState } from '../app/use-notes';
import { Similarity } from '../app/Similarity';
import { tierText } from '../../../shared/engine/align/tiers';
import { DiffOps } from './DiffOps';
import { displayLabel } from '../../../shared/parse/numbering';
import { isFoldable, restAfterTitle } from './fold';

/** Props of a cell. */
export interface CompareCellProps {
  readonly cell: Cell;
  readonly docId: string;
  readonly isBase: boolean;
  /** the row is the current one: its buttons are tab stops (the grid has one tab stop otherwise) */
  readonly current: boolean;
  /** the row has another document's unit this one is paired with, so 拆开 applies */
  readonly canSplit: boolean;
  /** the row's folded text is shown in full */
  readonly expanded: boolean;
  readonly onExpand: (expanded: boolean) => void;
  /** short document names, for a link to a counterpart in another row */
  readonly names: readonly string[];
  /** go to another row (a counterpart there) */
  readonly onGoTo: (row: number) => void;
  readonly notes: NotesState;
  readonly onRead: (docId: string, unitId: string) => void;
  readonly onAlign: (doc: number, unitId: string) => void;
  readonly onSplit: (doc: number, unitId: string) => void;
}

/** A unit's links to other rows, one per row (two documents' counterparts may share a row). */
function linksByRow(links: CellUnit['links']): { row: number; links: CellUnit['links'] }[] {
  const rows = [...new Set(links.map((l) => l.row))].sort((a, b) => a - b);
  return rows.map((row) => ({ row, links: links.filter((l) => l.row === row) }));
}

const manualText = {
  paired: { label: '人工对齐', title: '此条由使用者手动对齐到本行' },
  split: { label: '人工拆开', title: '此条由使用者手动从原来的对应行拆开' },
} as const;

/** A grid cell; a thin "无对应条款" line when the document has no counterpart. */
export function CompareCell({
  cell,
  docId,
  isBase,
  current,
  canSplit,
  expanded,
  onExpand,
  names,
  onGoTo,
  notes,
  onRead,
  onAlign,
  onSplit,
}: CompareCellProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [showDiff, setShowDiff] = useState<ReadonlySet<string>>(new Set());
  const tab = current ? 0 : -1;
  if (cell.units.length === 0) {
    return (
      <div className="cell cell-none" data-testid="cell-empty" data-doc={cell.doc} role="gridcell" title="此文件没有与本行对应的条款">
        无对应条款
      </div>
    );
  }
  const foldable = isFoldable(cell);
  const folded = foldable && !expanded;
  // its words are marked against the base: the 责任单位 parenthesis is marked in place too
  const marked = cell.units.some((u) => u.opChanges.some((id) => id !== null));
  const text = ({ unit, ops, opChanges, rewritten }: CellUnit) => {
    const plain = rewritten !== null && !showDiff.has(unit.id);
    if (folded) return null;
    return (
      <>
        {plain && (
          <p className="rewritten" data-change={rewritten ?? undefined}>
            措辞大多不同,未逐词标注{' '}
            <button type="button" className="link" tabIndex={tab} onClick={() => setShowDiff(new Set([...showDiff, unit.id]))}>
              显示逐词差异
            </button>
          </p>
        )}
        <p className="cell-text">
          <DiffOps ops={plain ? null : ops} changeIds={opChanges} text={unit.text} />
        </p>
      </>
    );
  };
  return (
    <div
      className={`cell${isBase ? ' cell-base' : ''}${folded ? ' cell-folded' : ''}${marked ? ' cell-marked' : ''}`}
      data-testid="compare-cell"
      data-doc={cell.doc}
      data-unit-id={cell.units[0].unit.id}
      data-change={cell.presenceChange ?? undefined}
      role="gridcell"
    >
      {cell.units.map((u) => {
        const { unit, manual } = u;
        const note = notes.get(docId, unit.id);
        return (
          <article key={unit.id} className="cell-unit">
            <header className={folded ? 'cell-head folded' : 'cell-head'}>
              {foldable && unit === cell.units[0].unit && (
                <button
                  type="button"
                  className="link unfold"
                  data-testid="unfold"
                  tabIndex={tab}
                  onClick={() => onExpand(!expanded)}
                  title={expanded ? '本行收起为一行' : '本行各文件显示全文'}
                >
                  {expanded ? '▾收起' : '▸展开'}
                </button>
              )}
              <span className="unit-label">{displayLabel(unit) || '段'}</span>
              <strong className="unit-title" title={unit.title}>
                {unit.title}
              </strong>
              {manual ? (
                <span className="badge manual-badge" data-testid="manual-badge" title={manualText[manual].title}>
                  {manualText[manual].label}
                </span>
              ) : (
                cell.score !== null && unit === cell.units[0].unit && <Similarity score={cell.score} tier={cell.tier} />
              )}
              {cell.moved && unit === cell.units[0].unit && (
                <span className="badge moved-badge" data-testid="moved-badge" title="此条在本文件中的位置与基准的顺序不同">
                  位置调整({cell.moved})
                </span>
              )}
              {linksByRow(u.links).map(({ row, links }) => (
                <button
                  key={row}
                  type="button"
                  className="badge link-badge"
                  data-testid="link-badge"
                  tabIndex={tab}
                  title={`${links.map((l) => `与${names[l.doc] ?? ''} ${l.label}${tierText[l.tier].label}(${tierText[l.tier].meaning})`).join(';')}:三份以上文件的对应不能都排在一行,那一条在第 ${row + 1} 行`}
                  onClick={() => onGoTo(row)}
                >
                  另见第{row + 1}行
                </button>
              ))}
              {folded && u.rewritten && (
                <span className="badge rewritten-badge" data-change={u.rewritten} title="措辞大多不同,未逐词标注;展开后可看全文">
                  措辞不同
                </span>
              )}
              {folded && (
                <span className="folded-rest" data-testid="cell-folded" title={unit.text}>
                  {restAfterTitle(unit.text, unit.title)}
                </span>
              )}
              {note && (
                <span className="note-marker" data-testid="note-marker" title={note}>
                  ✎ 批注
                </span>
              )}
              <span className="cell-actions">
                <button
                  type="button"
                  className="quiet note-button"
                  data-testid="cell-read"
                  tabIndex={tab}
                  title="在阅读页打开原文,定位到本条"
                  onClick={() => onRead(docId, unit.id)}
                >
                  原文
                </button>
                <button
                  type="button"
                  className="quiet note-button"
                  data-testid="note-button"
                  tabIndex={tab}
                  onClick={() => {
                    setEditing(unit.id);
                    setDraft(note);
                  }}
                >
                  {note ? '改批注' : '批注'}
                </button>
                <button
                  type="button"
                  className="quiet note-button"
                  data-testid="align-button"
                  tabIndex={tab}
                  title="手动把此条对齐到另一份文件的某条"
                  onClick={() => onAlign(cell.doc, unit.id)}
                >
                  对齐到…
                </button>
                {canSplit && !isBase && (
                  <button
                    type="button"
                    className="quiet note-button"
                    data-testid="split-button"
                    tabIndex={tab}
                    title="此条与本行基准条款并不对应:拆成两行"
                    onClick={() => onSplit(cell.doc, unit.id)}
                  >
                    拆开
                  </button>
                )}
              </span>
            </header>
            {text(u)}
            {u.fallbackNote && <p className="muted small">{u.fallbackNote}</p>}
            {note && editing !== unit.id && <p className="cell-note">✎ {note}</p>}
            {editing === unit.id && (
              <div
                className="note-edit"
                onKeyDown={(e) => {
                  if (e.key !== 'Escape') return;
                  e.stopPropagation();
                  setEditing(null);
                }}
              >
                <textarea data-testid="note-editor" value={draft} rows={3} autoFocus onChange={(e) => setDraft(e.target.value)} />
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
        <span key={t.id} className="badge target-badge" data-testid="target-badge" data-change={t.id}>
          {t.text}
        </span>
      ))}
      {cell.responsibleChange && (
        <p
          className="responsible-change"
          data-testid="responsible-change"
          data-change={cell.responsibleChange}
          title={`责任单位:${[...cell.responsibleAdded.map((n) => `+${n}`), ...cell.responsibleRemoved.map((n) => `−${n}`)].join(' ')}`}
        >
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
