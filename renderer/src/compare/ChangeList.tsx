/** The 变更列表 pane: counts by kind (改动 · 新增 · 删除 · 指标变化 · 责任单位变化) and every single change; each entry jumps there. */
import { memo } from 'react';
import type { Change, ChangeKind } from './compare-model';

/** The kinds in the pane's order, as it names them. */
export const changeKinds: readonly { readonly kind: ChangeKind; readonly label: string }[] = [
  { kind: 'edit', label: '改动' },
  { kind: 'insert', label: '新增' },
  { kind: 'delete', label: '删除' },
  { kind: 'target', label: '指标变化' },
  { kind: 'responsible', label: '责任单位变化' },
];

const labelOf = Object.fromEntries(changeKinds.map((k) => [k.kind, k.label])) as Readonly<Record<ChangeKind, string>>;

/** Props of the change list. */
export interface ChangeListProps {
  readonly changes: readonly Change[];
  readonly counts: Readonly<Record<ChangeKind, number>>;
  /** short document names, by document index */
  readonly names: readonly string[];
  /** the base's label of each row, by group index */
  readonly rowLabel: (row: number) => string;
  readonly current: string | null;
  readonly onJump: (change: Change) => void;
  readonly onClose: () => void;
}

/** Lists the changes of the rows on show. */
export const ChangeList = memo(function ChangeList({ changes, counts, names, rowLabel, current, onJump, onClose }: ChangeListProps) {
  return (
    <aside className="change-list" data-testid="change-list" aria-label="变更列表">
      <header className="change-list-head">
        <strong>变更列表</strong>
        <button type="button" className="quiet" onClick={onClose} title="关闭变更列表">
          ×
        </button>
        <p className="change-counts" data-testid="change-counts">
          {changeKinds.map((k) => (
            <span
              key={k.kind}
              className={`change-count change-${k.kind}`}
              data-testid={`change-count-${k.kind}`}
              data-count={counts[k.kind]}
            >
              {k.label} {counts[k.kind]}
            </span>
          ))}
        </p>
      </header>
      <ol className="change-entries">
        {changes.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={c.id === current ? 'change-entry current' : 'change-entry'}
              data-testid="change-entry"
              data-change-id={c.id}
              onClick={() => onJump(c)}
            >
              <span className={`change-kind change-${c.kind}`}>{labelOf[c.kind]}</span>
              <span className="change-where">
                {rowLabel(c.row)} · {names[c.doc]}
              </span>
              <span className="change-text">{c.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
});
