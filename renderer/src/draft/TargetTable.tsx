/** A draft measure's targets beside the chosen precedent's, and responsible units beside theirs. */
import type { ResponsibleUnit, Target } from '../../../shared/model/document';
import { compareTargets, relationLabel } from './compare-targets';

const show = (t: Target | undefined): string => (t ? t.text.replace(/\s+/g, '') : '—');

/** Targets by metric: higher, lower, new, dropped. */
export function TargetTable({ draft, precedent }: { readonly draft: readonly Target[]; readonly precedent: readonly Target[] }) {
  const rows = compareTargets(draft, precedent);
  if (rows.length === 0) return <p className="muted">两者均无量化指标 / no targets on either side</p>;
  return (
    <table className="target-table" data-testid="target-table">
      <thead>
        <tr>
          <th>指标</th>
          <th>草稿</th>
          <th>先例</th>
          <th>比较</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const d = 'draft' in r ? r.draft : undefined;
          const p = 'precedent' in r ? r.precedent : undefined;
          return (
            <tr key={i} className={`target-${r.kind}`}>
              <td>{(d ?? p)?.metric || '—'}</td>
              <td>{show(d)}</td>
              <td>{show(p)}</td>
              <td>{relationLabel[r.kind]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Responsible units: shared ones plain, the draft's own and the precedent's own marked. */
export function ResponsibleCompare({ draft, precedent }: { readonly draft: readonly ResponsibleUnit[]; readonly precedent: readonly ResponsibleUnit[] }) {
  const names = (list: readonly ResponsibleUnit[]) => list.map((r) => r.name);
  const theirs = new Set(names(precedent));
  const ours = new Set(names(draft));
  return (
    <dl className="responsible" data-testid="responsible">
      <dt>草稿责任单位</dt>
      <dd>{draft.length ? names(draft).map((n) => <span key={n} className={theirs.has(n) ? 'same' : 'only'}>{n}</span>) : '—'}</dd>
      <dt>先例责任单位</dt>
      <dd>{precedent.length ? names(precedent).map((n) => <span key={n} className={ours.has(n) ? 'same' : 'only'}>{n}</span>) : '—'}</dd>
    </dl>
  );
}
