/**
 * Key terms of a unit: the bigrams that weigh most in its TF-IDF vector
 * (招商 said five times outweighs fifty bigrams said once). Two measures on
 * one matter in different words still share their key terms; a long body's
 * cosine dilutes them. `keyCoverage` is the share of each side's key-term
 * weight found anywhere in the other, combined by geometric mean (symmetric).
 */
import type { Vector } from './similarity';

/** The heaviest keys of a vector, sorted by key, with their weights and total. */
export interface Keywords {
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  readonly mass: number;
}

/** The `count` heaviest keys of a vector (ties: the smaller key), by one pass keeping the best few. */
export function keywordsOf(vector: Vector, count: number): Keywords {
  const { keys, weights } = vector;
  const top: number[] = [];
  const heavier = (a: number, b: number) => weights[a] > weights[b] || (weights[a] === weights[b] && keys[a] < keys[b]);
  for (let i = 0; i < keys.length; i++) {
    if (top.length === count && !heavier(i, top[top.length - 1])) continue;
    let at = top.length === count ? top.length - 1 : top.length;
    while (at > 0 && heavier(i, top[at - 1])) {
      if (at < count) top[at] = top[at - 1];
      at--;
    }
    top[at] = i;
  }
  top.sort((a, b) => a - b);
  const picked = Uint32Array.from(top, (i) => keys[i]);
  const pickedWeights = Float32Array.from(top, (i) => weights[i]);
  let mass = 0;
  for (const w of pickedWeights) mass += w;
  return { keys: picked, weights: pickedWeights, mass };
}

/** Share of the key-term weight of `a` whose keys occur in `b` (keys sorted ascending in both; a few keys looked up by halving). */
function covered(a: Keywords, b: Uint32Array): number {
  if (a.mass <= 0) return 0;
  let sum = 0;
  let lo = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const key = a.keys[i];
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo < b.length && b[lo] === key) sum += a.weights[i];
  }
  return sum / a.mass;
}

/** Geometric mean of how much of each side's key terms the other contains, 0..1. */
export function keyCoverage(a: Keywords, aVector: Vector, b: Keywords, bVector: Vector): number {
  return Math.sqrt(covered(a, bVector.keys) * covered(b, aVector.keys));
}
