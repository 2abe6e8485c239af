/**
 * The status of each row of the 对照表 (相同 / 修改 / 新增 / 删除 / 位置调整),
 * read from the older document to the newer: which of the two is the base
 * (pivot) column is a choice of the export (the review puts its draft first).
 */
import type { AlignedGroup } from '../../../../shared/model/comparison';

/** A row's status. */
export type RowStatus = '相同' | '修改' | '新增' | '删除' | '位置调整';

/** Which way the table reads: the base column is the older text (A → B) or the newer one (a draft set before its precedents). */
export type Direction = 'base-is-old' | 'base-is-new';

/** Indexes (into `sequence`) of one longest increasing subsequence: the members that kept their order. */
function keptInOrder(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(sequence.length).fill(-1);
  sequence.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

/**
 * Groups (by index) whose member of document `doc` is out of order against the
 * base: the fewest moves that explain the order (those off a longest increasing run).
 */
export function movedGroups(groups: readonly AlignedGroup[], pivot: number, doc: number): Set<number> {
  const paired: Array<{ g: number; ordinal: number }> = [];
  groups.forEach((group, g) => {
    const base = group.members.find((m) => m.doc === pivot);
    const other = group.members.find((m) => m.doc === doc);
    if (base && other) paired.push({ g, ordinal: other.ordinal });
  });
  const kept = keptInOrder(paired.map((p) => p.ordinal));
  return new Set(paired.filter((_, i) => !kept.has(i)).map((p) => p.g));
}

/** The status of one group row. */
export function rowStatus(group: AlignedGroup, pivot: number, docs: number, moved: boolean, direction: Direction): RowStatus {
  const hasBase = group.members.some((m) => m.doc === pivot);
  const others = [...Array(docs).keys()].filter((d) => d !== pivot && group.members.some((m) => m.doc === d));
  const onlyBase = direction === 'base-is-old' ? '删除' : '新增';
  const onlyOthers = direction === 'base-is-old' ? '新增' : '删除';
  if (!hasBase) return onlyOthers;
  if (others.length === 0) return onlyBase;
  const changed = group.diffs.some((d) => d.ops.some((o) => o.op !== 'equal'));
  if (changed) return '修改';
  return moved ? '位置调整' : '相同';
}
