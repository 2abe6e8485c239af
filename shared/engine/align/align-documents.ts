/**
 * Alignment of N documents into groups (rows). Units of the pivot document
 * seed the groups; each other document's units are matched to groups greedily
 * by descending score with an order-consistency bonus, above a threshold
 * ("no counterpart" rather than a weak forced match); then merges are
 * detected (two neighbouring units that together match one unit clearly
 * better than either alone). Every unit of every document lands exactly once.
 */
import type { ParsedDocument } from '../../model/document';
import { unitFeatures } from '../text/features';
import { idfOf, similarity } from './similarity';
import { scoreMatrix } from './score-matrix';
import { detectMerges } from './merges';
import { orderGroups } from './order-groups';
import { reciprocalBest } from './reciprocal';
import { SideCache, type WorkGroup } from './work-group';
import { alignOptionsOf, type AlignOptions } from './options';

/** A unit placed in a group: document index, unit index, score against the group's representative. */
export interface MemberRef {
  readonly doc: number;
  readonly index: number;
  readonly score: number;
}

/** An aligned group before diffs and targets. */
export interface GroupRef {
  readonly members: readonly MemberRef[];
  readonly merged: boolean;
}

export { alignThresholds } from './thresholds';
export { defaultAlignOptions, type AlignOptions } from './options';

const relative = (i: number, n: number) => (n <= 1 ? 0.5 : i / (n - 1));

/** Aligns the units of `docs` into groups around the pivot document. */
export function alignDocuments(docs: readonly ParsedDocument[], pivot: number, options: Partial<AlignOptions> = {}): GroupRef[] {
  const features = docs.map((d) => d.units.map(unitFeatures));
  const idf = idfOf(features.flat());
  const sides = new SideCache(idf, features);
  const t = alignOptionsOf(options);
  const groups: WorkGroup[] = docs[pivot].units.map((_, i) => ({
    members: [{ doc: pivot, index: i, score: 1 }],
    merged: false,
    reps: [{ doc: pivot, index: i }],
    pos: relative(i, docs[pivot].units.length),
    pivotIndex: i,
  }));
  const order = [pivot, ...docs.map((_, d) => d).filter((d) => d !== pivot)];
  for (const d of order.slice(1)) {
    const n = docs[d].units.length;
    const unitSides = features[d].map((_, j) => sides.of([{ doc: d, index: j }]));
    const scores = scoreMatrix(groups.map((g) => sides.of(g.reps)), unitSides, t);
    const pairs: Array<{ g: number; j: number; s: number; adjusted: number }> = [];
    scores.forEach((row, g) =>
      row.forEach((s, j) => {
        if (s < Math.min(t.mutual, t.match - t.orderBonus)) return;
        const bonus = t.orderBonus * Math.max(0, 1 - 4 * Math.abs(groups[g].pos - relative(j, n)));
        pairs.push({ g, j, s, adjusted: s + bonus });
      }),
    );
    pairs.sort((a, b) => b.adjusted - a.adjusted);
    const groupOf = new Int32Array(n).fill(-1);
    const unitOf = new Int32Array(groups.length).fill(-1);
    const mutual = reciprocalBest(scores, t.mutual, t.mutualMargin);
    for (const p of pairs) {
      if ((p.adjusted < t.match && !mutual.has(p.g * n + p.j)) || groupOf[p.j] >= 0 || unitOf[p.g] >= 0) continue;
      groupOf[p.j] = p.g;
      unitOf[p.g] = p.j;
    }
    detectMerges(groups, scores, groupOf, unitOf, d, sides, t);
    const bestScore = (g: number, j: number) => scores[g][j];
    groups.forEach((g, gi) => {
      const js = [...groupOf.keys()].filter((j) => groupOf[j] === gi);
      if (js.length === 0) return;
      const score = js.length === 1 ? bestScore(gi, js[0]) : similarity(sides.of(g.reps), sides.of(js.map((j) => ({ doc: d, index: j }))), undefined, t);
      for (const j of js) g.members.push({ doc: d, index: j, score });
      if (js.length > 1) g.merged = true;
    });
    for (let j = 0; j < n; j++) {
      if (groupOf[j] >= 0) continue;
      groups.push({ members: [{ doc: d, index: j, score: 1 }], merged: false, reps: [{ doc: d, index: j }], pos: relative(j, n), pivotIndex: -1 });
    }
  }
  return orderGroups(groups.filter((g) => g.members.length > 0), pivot);
}
