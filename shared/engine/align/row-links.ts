/**
 * A comparison's links (pairs whose units sit in different rows) from each
 * end: for a unit, the counterparts it has in other rows and which rows those
 * are. The compare view (另见第 N 行) and the 对照表 (另见序号 N) both read it.
 */
import type { Comparison, PairTier } from '../../model/comparison';

/** A counterpart of a unit in another row (group) of the comparison. */
export interface RowLink {
  /** the group its counterpart sits in */
  readonly group: number;
  readonly doc: number;
  readonly unitId: string;
  readonly tier: PairTier;
}

/** The key of a unit in `rowLinks`'s map. */
export const unitKey = (doc: number, unitId: string): string => `${doc}:${unitId}`;

/** Each linked unit's counterparts in other rows, by `unitKey`, on both ends of every link. */
export function rowLinks(comparison: Comparison): ReadonlyMap<string, readonly RowLink[]> {
  const out = new Map<string, RowLink[]>();
  const links = comparison.links ?? [];
  if (links.length === 0) return out;
  const groupOf = new Map<string, number>();
  comparison.groups.forEach((g, i) => g.members.forEach((m) => groupOf.set(unitKey(m.doc, m.unitId), i)));
  const add = (from: { doc: number; unitId: string }, to: { doc: number; unitId: string }, tier: PairTier) => {
    const group = groupOf.get(unitKey(to.doc, to.unitId));
    if (group === undefined || !groupOf.has(unitKey(from.doc, from.unitId))) return;
    const key = unitKey(from.doc, from.unitId);
    out.set(key, [...(out.get(key) ?? []), { group, doc: to.doc, unitId: to.unitId, tier }]);
  };
  for (const l of links) {
    add(l.a, l.b, l.tier);
    add(l.b, l.a, l.tier);
  }
  return out;
}
