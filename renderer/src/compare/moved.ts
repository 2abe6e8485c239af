/**
 * Moved measures: in each document, the pairs whose order disagrees with the
 * base's are the ones outside a longest run that keeps the base's order (the
 * fewest pairs that explain the reordering). They are marked "位置调整(原第 8 条)".
 */
import type { AlignedGroup } from '../../../shared/model/comparison';

/** Indexes (into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): ReadonlySet<number> {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) out.add(i);
  return out;
}

/** How a base label reads in the mark: 第 8 条 for a number, the label as printed otherwise. */
const where = (label: string): string => (/^\d+$/.test(label) ? `原第 ${label} 条` : `原 ${label}`);

/** `row:doc` → `原第 8 条` for every pair out of the base's order. */
export function movedMembers(groups: readonly AlignedGroup[], pivot: number, docCount: number): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (let doc = 0; doc < docCount; doc++) {
    if (doc === pivot) continue;
    const pairs: { row: number; ordinal: number; baseLabel: string }[] = [];
    groups.forEach((g, row) => {
      const base = g.members.find((m) => m.doc === pivot);
      const mine = g.members.find((m) => m.doc === doc);
      if (base && mine) pairs.push({ row, ordinal: mine.ordinal, baseLabel: base.label });
    });
    const kept = longestIncreasing(pairs.map((p) => p.ordinal));
    pairs.forEach((p, i) => {
      if (!kept.has(i)) out.set(`${p.row}:${doc}`, where(p.baseLabel));
    });
  }
  return out;
}
