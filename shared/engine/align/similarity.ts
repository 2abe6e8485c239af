/**
 * Pairwise similarity of units, 0..1. Weighs the lead title (bigram Dice),
 * the body (bigram TF-IDF cosine), shared rare terms and 责任单位. IDF comes
 * from the units being compared (or a corpus); the combination and its
 * calibration are fixed, so a score means the same from one comparison to the next.
 */
import type { UnitFeatures } from '../text/features';

/** Document frequencies of bigram keys over a set of units. */
export interface Idf {
  readonly units: number;
  weight(key: number): number;
  /** true for a bigram found in few units (a rare, telling term) */
  isRare(key: number): boolean;
}

/** IDF over the given feature sets. */
export function idfOf(features: readonly UnitFeatures[]): Idf {
  const df = new Map<number, number>();
  for (const f of features) for (const k of f.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const n = features.length;
  const rareMax = Math.max(2, Math.floor(n * 0.02));
  return {
    units: n,
    weight: (key) => Math.log(1 + n / (df.get(key) ?? 1)),
    isRare: (key) => (df.get(key) ?? 1) <= rareMax,
  };
}

/** A unit's body as a unit-length TF-IDF vector over sorted keys. */
export interface Vector {
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  /** summed IDF of the unit's rare bigrams */
  readonly rareMass: number;
}

/** Builds the TF-IDF vector of a feature set (optionally of several summed: a merged pair). */
export function vectorOf(idf: Idf, ...parts: readonly UnitFeatures[]): Vector {
  const tf = new Map<number, number>();
  for (const f of parts) for (let i = 0; i < f.keys.length; i++) tf.set(f.keys[i], (tf.get(f.keys[i]) ?? 0) + f.counts[i]);
  const keys = Uint32Array.from(tf.keys()).sort();
  const weights = new Float32Array(keys.length);
  let norm = 0;
  let rareMass = 0;
  for (let i = 0; i < keys.length; i++) {
    const w = (1 + Math.log(tf.get(keys[i])!)) * idf.weight(keys[i]);
    weights[i] = w;
    norm += w * w;
    if (idf.isRare(keys[i])) rareMass += idf.weight(keys[i]);
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { keys, weights, rareMass };
}

/** Cosine of two unit vectors, and the IDF mass of the rare bigrams they share. */
function dot(a: Vector, b: Vector, idf: Idf): { cosine: number; sharedRare: number } {
  let i = 0;
  let j = 0;
  let cosine = 0;
  let sharedRare = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const x = a.keys[i];
    const y = b.keys[j];
    if (x === y) {
      cosine += a.weights[i] * b.weights[j];
      if (idf.isRare(x)) sharedRare += idf.weight(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { cosine, sharedRare };
}

function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return -1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return -1;
  const set = new Set(a);
  const shared = new Set(b.filter((x) => set.has(x))).size;
  return shared / Math.min(new Set(a).size, new Set(b).size);
}

/** A side of a comparison: features plus vector (a merged pair sums its parts). */
export interface Side {
  readonly features: readonly UnitFeatures[];
  readonly vector: Vector;
}

/** Fixed calibration: raw evidence → 0..1, steep around the point where paraphrases start. */
function calibrate(raw: number): number {
  return Math.max(0, Math.min(1, raw));
}

/** Similarity of two sides, 0..1. */
export function similarity(a: Side, b: Side, idf: Idf): number {
  const { cosine, sharedRare } = dot(a.vector, b.vector, idf);
  const rareBase = Math.min(a.vector.rareMass, b.vector.rareMass);
  const rare = rareBase > 0 ? Math.min(1, sharedRare / rareBase) : 0;
  let title = -1;
  for (const fa of a.features) for (const fb of b.features) title = Math.max(title, dice(fa.titleKeys, fb.titleKeys));
  let quoted = -1;
  const qa = a.features.flatMap((f) => f.quoted);
  const qb = b.features.flatMap((f) => f.quoted);
  quoted = overlap(qa, qb);
  const depts = overlap(a.features.flatMap((f) => f.departments), b.features.flatMap((f) => f.departments));
  let raw = title >= 0 ? 0.3 * title + 0.55 * cosine + 0.15 * rare : 0.8 * cosine + 0.2 * rare;
  if (quoted > 0) raw = Math.min(1, raw + 0.05 * quoted);
  if (depts >= 0) raw = 0.9 * raw + 0.1 * depts * Math.min(1, raw * 3);
  return calibrate(raw);
}

/** A single unit as a side. */
export function sideOf(idf: Idf, ...features: UnitFeatures[]): Side {
  return { features, vector: vectorOf(idf, ...features) };
}
