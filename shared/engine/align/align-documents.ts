/**
 * Alignment of N documents into groups (rows). Units of the pivot document
 * seed the groups; each other document's units are matched to groups greedily
 * by descending score with an order-consistency bonus, above a threshold
 * ("no counterpart" rather than a weak forced match); then merges are
 * detected (two neighbouring units that together match one unit clearly
 * better than either alone). Every unit of every document lands exactly once.
 */
import type { ParsedDocument } from '../../model/document';
import { unitFeatures, type UnitFeatures } from '../text/features';
import { idfOf, sideOf, similarity, type Idf, type Side } from './similarity';

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

/** Thresholds of the assignment (on the calibrated 0..1 scale). */
export const alignThresholds = {
  /** a pair scoring below this is no counterpart */
  match: 0.3,
  /** a pair that is each side's clear best match (reciprocal best) needs only this */
  mutual: 0.17,
  /** how far a reciprocal best must stand above each side's second best */
  mutualMargin: 0.03,
  /** a unit joins a merge only if it alone reaches this */
  mergePart: 0.18,
  /** a merge must beat the single match by this margin */
  mergeGain: 0.04,
  /** order-consistency bonus at identical relative position */
  orderBonus: 0.06,
} as const;

interface WorkGroup {
  members: MemberRef[];
  merged: boolean;
  /** representative units (the pivot members, or the first member) */
  reps: Array<{ doc: number; index: number }>;
  /** relative position of the representative in its document, 0..1 */
  pos: number;
  pivotIndex: number;
}

class SideCache {
  private readonly cache = new Map<string, Side>();
  constructor(
    private readonly idf: Idf,
    private readonly features: readonly (readonly UnitFeatures[])[],
  ) {}
  of(refs: ReadonlyArray<{ doc: number; index: number }>): Side {
    const key = refs.map((r) => `${r.doc}:${r.index}`).join('+');
    let side = this.cache.get(key);
    if (!side) {
      side = sideOf(this.idf, ...refs.map((r) => this.features[r.doc][r.index]));
      this.cache.set(key, side);
    }
    return side;
  }
}

const relative = (i: number, n: number) => (n <= 1 ? 0.5 : i / (n - 1));

/** Aligns the units of `docs` into groups around the pivot document. */
export function alignDocuments(docs: readonly ParsedDocument[], pivot: number): GroupRef[] {
  const features = docs.map((d) => d.units.map(unitFeatures));
  const idf = idfOf(features.flat());
  const sides = new SideCache(idf, features);
  const t = alignThresholds;
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
    const scores = groups.map((g) => {
      const side = sides.of(g.reps);
      return unitSides.map((u) => similarity(side, u, idf));
    });
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
    detectMerges(groups, scores, groupOf, unitOf, d, sides, idf);
    const bestScore = (g: number, j: number) => scores[g][j];
    groups.forEach((g, gi) => {
      const js = [...groupOf.keys()].filter((j) => groupOf[j] === gi);
      if (js.length === 0) return;
      const score = js.length === 1 ? bestScore(gi, js[0]) : similarity(sides.of(g.reps), sides.of(js.map((j) => ({ doc: d, index: j }))), idf);
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

/** Pairs (g * n + j) that are each other's best match by a margin, at or above `floor`. */
function reciprocalBest(scores: number[][], floor: number, margin: number): Set<number> {
  const out = new Set<number>();
  const n = scores[0]?.length ?? 0;
  const colBest = new Int32Array(n).fill(-1);
  const colTop = new Float64Array(n);
  const colSecond = new Float64Array(n);
  scores.forEach((row, g) =>
    row.forEach((s, j) => {
      if (s > colTop[j]) {
        colSecond[j] = colTop[j];
        colTop[j] = s;
        colBest[j] = g;
      } else if (s > colSecond[j]) colSecond[j] = s;
    }),
  );
  scores.forEach((row, g) => {
    let best = -1;
    let top = 0;
    let second = 0;
    row.forEach((s, j) => {
      if (s > top) {
        second = top;
        top = s;
        best = j;
      } else if (s > second) second = s;
    });
    if (best < 0 || top < floor || colBest[best] !== g) return;
    if (top - second >= margin && top - colSecond[best] >= margin) out.add(g * n + best);
  });
  return out;
}

/** Finds merges in both directions and records them in `groupOf`/`unitOf` (and by folding groups together). */
function detectMerges(groups: WorkGroup[], scores: number[][], groupOf: Int32Array, unitOf: Int32Array, d: number, sides: SideCache, idf: Idf): void {
  const t = alignThresholds;
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
      const union = similarity(sides.of(groups[g].reps), sides.of([{ doc: d, index: lo }, { doc: d, index: hi }]), idf);
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
      const union = similarity(sides.of([...groups[Math.min(g, h)].reps, ...groups[Math.max(g, h)].reps]), unitSide(j), idf);
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
    scores[bestTarget] = scores[bestTarget].map((s, j) => (j === unitOf[bestTarget] ? similarity(sides.of(into.reps), unitSide(j), idf) : s));
  }
}

/** Orders groups by pivot order; groups without a pivot unit go after the group of their document's previous unit. */
function orderGroups(groups: WorkGroup[], pivot: number): GroupRef[] {
  const placeOf = new Map<string, number>();
  groups.forEach((g) => {
    if (g.pivotIndex < 0) return;
    for (const m of g.members) placeOf.set(`${m.doc}:${m.index}`, g.pivotIndex);
  });
  const keyed = groups.map((g, i) => {
    if (g.pivotIndex >= 0) return { g, key: g.pivotIndex, tie: 0, i };
    const m = g.members[0];
    const anchor = (from: number, step: number): number | undefined => {
      for (let k = from; k >= 0 && k < 1e6; k += step) {
        const place = placeOf.get(`${m.doc}:${k}`);
        if (place !== undefined) return place;
        if (step > 0 && !placeOf.has(`${m.doc}:${k}`) && k > m.index + 400) return undefined;
      }
      return undefined;
    };
    const before = anchor(m.index - 1, -1);
    const after = before === undefined ? anchor(m.index + 1, 1) : undefined;
    const key = before !== undefined ? before : after !== undefined ? after - 1 : -1;
    return { g, key: key + 0.5, tie: m.doc * 1e6 + m.index, i };
  });
  keyed.sort((a, b) => a.key - b.key || a.tie - b.tie || a.i - b.i);
  return keyed.map(({ g }) => ({
    members: [...g.members].sort((a, b) => (a.doc === pivot ? -1 : 0) - (b.doc === pivot ? -1 : 0) || a.doc - b.doc || a.index - b.index),
    merged: g.merged,
  }));
}
