/**
 * Merge detection: a unit of one document that corresponds to two
 * neighbouring units of another, when their union matches clearly better than
 * either alone (a district measure that merges two city measures, or the reverse).
 */
import type { AlignOptions } from './options';
import { similarity, type Idf } from './similarity';
import type { SideCache, WorkGroup } from './work-group';

/** Finds merges in both directions and records them in `groupOf`/`unitOf` (and by folding groups together). */
export function detectMerges(groups: WorkGroup[], scores: number[][], groupOf: Int32Array, unitOf: Int32Array, d: number, sides: SideCache, t: AlignOptions): void {
  const n = groupOf.length;
  const unitSide = (j: number) => sides.of([{ doc: d, index: j }]);
  // one group's unit matches two neighbouring units of document d
  for (let j = 0; j < n; j++) {
    if (groupOf[j] >= 0) continue;
    let best = -1;
    let bestGain: number = t.mergeGain;
    for (const k of [j - 1, j + 1, j - 2, j + 2]) {
      if (k < 0 || k >= n || groupOf[k] < 0) continue;
      const g = groupOf[k];
      if (scores[g][j] < t.mergePart || Math.max(...scores.map((r) => r[j])) > scores[g][j]) continue;
      const lo = Math.min(j, k);
      const hi = Math.max(j, k);
      if (hi - lo === 2 && groupOf[lo + 1] !== g) continue;
      const union = similarity(sides.of(groups[g].reps), sides.of([{ doc: d, index: lo }, { doc: d, index: hi }]), undefined, t);
      const gain = union - scores[g][k];
      if (gain > bestGain) {
        bestGain = gain;
        best = g;
      }
    }
    if (best >= 0) groupOf[j] = best;
  }
  // two neighbouring groups (pivot units) match one unit of document d
  for (let g = 0; g < groups.length; g++) {
    if (unitOf[g] >= 0 || groups[g].pivotIndex < 0) continue;
    let bestTarget = -1;
    let bestGain: number = t.mergeGain;
    for (const h of [g - 1, g + 1]) {
      if (h < 0 || h >= groups.length || groups[h].pivotIndex < 0 || unitOf[h] < 0) continue;
      const j = unitOf[h];
      if (scores[g][j] < t.mergePart || Math.max(...scores[g]) > scores[g][j]) continue;
      const union = similarity(sides.of([...groups[Math.min(g, h)].reps, ...groups[Math.max(g, h)].reps]), unitSide(j), undefined, t);
      const gain = union - scores[h][j];
      if (gain > bestGain) {
        bestGain = gain;
        bestTarget = h;
      }
    }
    if (bestTarget < 0) continue;
    const into = groups[bestTarget];
    const from = groups[g];
    const [first, second] = g < bestTarget ? [from, into] : [into, from];
    into.reps = [...first.reps, ...second.reps];
    into.members = [...first.members, ...second.members];
    into.merged = true;
    into.pivotIndex = Math.min(from.pivotIndex, into.pivotIndex);
    from.members = [];
    from.reps = [];
    scores[bestTarget] = scores[bestTarget].map((s, j) => (j === unitOf[bestTarget] ? similarity(sides.of(into.reps), unitSide(j), undefined, t) : s));
  }
}
