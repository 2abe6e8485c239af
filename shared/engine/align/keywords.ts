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

/** The `count` heaviest keys of a vector. */
export function keywordsOf(vector: Vector, count: number): Keywords {
  const order = Array.from(vector.keys.keys()).sort((a, b) => vector.weights[b] - vector.weights[a] || vector.keys[a] - vector.keys[b]);
  const picked = order.slice(0, count).sort((a, b) => vector.keys[a] - vector.keys[b]);
  const keys = Uint32Array.from(picked, (i) => vector.keys[i]);
  const weights = Float32Array.from(picked, (i) => vector.weights[i]);
  let mass = 0;
  for (const w of weights) mass += w;
  return { keys, weights, mass };
}

/** Share of the key-term weight of `a` whose keys occur in `b` (keys sorted ascending in both). */
function covered(a: Keywords, b: Uint32Array): number {
  if (a.mass <= 0) return 0;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.keys.length && j < b.length) {
    if (a.keys[i] === b[j]) {
      sum += a.weights[i];
      i++;
      j++;
    } else if (a.keys[i] < b[j]) i++;
    else j++;
  }
  return sum / a.mass;
}

/** Geometric mean of how much of each side's key terms the other contains, 0..1. */
export function keyCoverage(a: Keywords, aVector: Vector, b: Keywords, bVector: Vector): number {
  return Math.sqrt(covered(a, bVector.keys) * covered(b, aVector.keys));
}
