/**
 * Pairwise similarity of units, 0..1. Weighs the lead title (bigram Dice),
 * the body (bigram TF-IDF cosine), shared rare terms and 责任单位. IDF comes
 * from the units being compared (or a corpus); the combination and its
 * calibration are fixed, so a score means the same from one comparison to the next.
 */
import { idfWeight, rareLimit } from '../text/idf';
import type { UnitFeatures } from '../text/features';
import { defaultAlignOptions, type AlignOptions } from './options';

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
  const rareMax = rareLimit(n);
  return {
    units: n,
    weight: (key) => idfWeight(n, df.get(key) ?? 1),
    isRare: (key) => (df.get(key) ?? 1) <= rareMax,
  };
}

/** Document frequencies of the bigram keys of a set of units. */
export function documentFrequencies(features: readonly UnitFeatures[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const f of features) for (const k of f.keys) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

/** IDF over two sets of units whose document frequencies are already counted (the same as `idfOf` of both). */
export function idfOfPair(a: ReadonlyMap<number, number>, unitsA: number, b: ReadonlyMap<number, number>, unitsB: number): Idf {
  const n = unitsA + unitsB;
  const rareMax = rareLimit(n);
  const df = (key: number) => (a.get(key) ?? 0) + (b.get(key) ?? 0) || 1;
  return { units: n, weight: (key) => idfWeight(n, df(key)), isRare: (key) => df(key) <= rareMax };
}

/** A unit's body as a unit-length TF-IDF vector over sorted keys. */
export interface Vector {
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  /** IDF of each key when it is rare, else 0 */
  readonly rare: Float32Array;
  /** summed IDF of the unit's rare bigrams */
  readonly rareMass: number;
}

/** Builds the TF-IDF vector of a feature set (optionally of several summed: a merged pair). */
export function vectorOf(idf: Idf, ...parts: readonly UnitFeatures[]): Vector {
  let keys: Uint32Array;
  let counts: ArrayLike<number>;
  if (parts.length === 1) {
    keys = parts[0].keys;
    counts = parts[0].counts;
  } else {
    const tf = new Map<number, number>();
    for (const f of parts) for (let i = 0; i < f.keys.length; i++) tf.set(f.keys[i], (tf.get(f.keys[i]) ?? 0) + f.counts[i]);
    keys = Uint32Array.from(tf.keys()).sort();
    counts = Array.from(keys, (k) => tf.get(k)!);
  }
  const weights = new Float32Array(keys.length);
  const rare = new Float32Array(keys.length);
  let norm = 0;
  let rareMass = 0;
  for (let i = 0; i < keys.length; i++) {
    const weight = idf.weight(keys[i]);
    const w = (1 + Math.log(counts[i])) * weight;
    weights[i] = w;
    norm += w * w;
    if (idf.isRare(keys[i])) {
      rare[i] = weight;
      rareMass += rare[i];
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { keys, weights, rare, rareMass };
}

/** Cosine of two unit vectors, and the IDF mass of the rare bigrams they share. */
export function dot(a: Vector, b: Vector): { cosine: number; sharedRare: number } {
  let i = 0;
  let j = 0;
  let cosine = 0;
  let sharedRare = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const x = a.keys[i];
    const y = b.keys[j];
    if (x === y) {
      cosine += a.weights[i] * b.weights[j];
      sharedRare += a.rare[i];
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

/** Share of the smaller list found in the other (lists are distinct); -1 when either is empty. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return -1;
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return shared / Math.min(a.length, b.length);
}

/** A side of a comparison: features plus vector (a merged pair sums its parts). */
export interface Side {
  readonly features: readonly UnitFeatures[];
  readonly vector: Vector;
  readonly quoted: readonly string[];
  readonly departments: readonly string[];
}

/** Clamps to 0..1. The weights above are fixed, so a score reads the same in every comparison. */
function calibrate(raw: number): number {
  return Math.max(0, Math.min(1, raw));
}

/** Similarity of two sides, 0..1 (`products`: their `dot`, when already known). */
export function similarity(a: Side, b: Side, products = dot(a.vector, b.vector), o: AlignOptions = defaultAlignOptions): number {
  const { cosine, sharedRare } = products;
  const rareBase = Math.min(a.vector.rareMass, b.vector.rareMass);
  const rare = rareBase > 0 ? Math.min(1, sharedRare / rareBase) : 0;
  let title = -1;
  for (const fa of a.features) for (const fb of b.features) title = Math.max(title, dice(fa.titleKeys, fb.titleKeys));
  const quoted = overlap(a.quoted, b.quoted);
  const depts = overlap(a.departments, b.departments);
  let raw = title >= 0 ? o.title * title + o.body * cosine + o.rare * rare : o.untitledBody * cosine + (1 - o.untitledBody) * rare;
  if (quoted > 0) raw = Math.min(1, raw + o.quoted * quoted);
  if (depts >= 0) raw = (1 - o.departments) * raw + o.departments * depts * Math.min(1, raw * 3);
  return calibrate(raw);
}

/** A single unit as a side. */
export function sideOf(idf: Idf, ...features: UnitFeatures[]): Side {
  return {
    features,
    vector: vectorOf(idf, ...features),
    quoted: [...new Set(features.flatMap((f) => f.quoted))],
    departments: [...new Set(features.flatMap((f) => f.departments))],
  };
}
