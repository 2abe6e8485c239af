/** A draft measure's targets beside the chosen precedent's, and responsible units beside theirs. */
import type { ResponsibleUnit, Target } from '../../../shared/model/document';
import { officeKey } from '../../../shared/text/departments';
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

/**
 * Responsible units: shared ones plain, each side's own marked 仅草稿 / 仅先例.
 * A unit differing only in level (区科技局 / 市科技局) counts as shared: a
 * district draft names its own 区 bureaus where a city precedent names 市 ones.
 */
export function ResponsibleCompare({
  draft,
  precedent,
}: {
  readonly draft: readonly ResponsibleUnit[];
  readonly precedent: readonly ResponsibleUnit[];
}) {
  const names = (list: readonly ResponsibleUnit[]) => list.map((r) => r.name);
  const key = (name: string) => officeKey(name, true);
  const theirs = new Set(names(precedent).map(key));
  const ours = new Set(names(draft).map(key));
  const tag = (n: string, other: ReadonlySet<string>, only: string) =>
    other.has(key(n)) ? (
      <span key={n} className="same">
        {n}
      </span>
    ) : (
      <span key={n} className="only" data-testid="responsible-only">
        {n}
        <small>{only}</small>
      </span>
    );
  return (
    <dl className="responsible" data-testid="responsible">
      <dt>草稿责任单位</dt>
      <dd>{draft.length ? names(draft).map((n) => tag(n, theirs, '仅草稿')) : '—'}</dd>
      <dt>先例责任单位</dt>
      <dd>{precedent.length ? names(precedent).map((n) => tag(n, ours, '仅先例')) : '—'}</dd>
      <dd className="muted small">只差“市/区/县”层级或全称简称(如 发改委/发展改革委)的视为同一单位。</dd>
    </dl>
  );
}
