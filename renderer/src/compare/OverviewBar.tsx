/** A thin bar beside the grid with a mark for every changed row; click a mark to jump there. */
import type { Row, RowKind } from './compare-model';

/** The mark's kind in words: the colour alone does not say it. */
const kindWords: Readonly<Record<RowKind, string>> = { same: '相同', changed: '有差异' };

/** Props of the overview bar. */
export interface OverviewBarProps {
  readonly rows: readonly Row[];
  readonly current: number;
  readonly onJump: (index: number) => void;
}

/** Marks where the changes are, as a share of the whole comparison. */
export function OverviewBar({ rows, current, onJump }: OverviewBarProps) {
  const total = Math.max(rows.length, 1);
  return (
    <div className="overview-bar" data-testid="overview-bar" aria-label="差异分布">
      {rows.map((r, i) =>
        r.changed || r.index === current ? (
          <button
            key={r.index}
            type="button"
            className={`overview-mark kind-${r.kind}${r.index === current ? ' current' : ''}`}
            style={{ top: `${(i / total) * 100}%` }}
            title={`第 ${i + 1} 行 · ${kindWords[r.kind]}`}
            aria-label={`跳到第 ${i + 1} 行(${kindWords[r.kind]})`}
            onClick={() => onJump(r.index)}
          />
        ) : null,
      )}
    </div>
  );
}
