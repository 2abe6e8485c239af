/**
 * The top-level `一、` numbering of a notice, and what each of its blocks is:
 * a heading over numbered measures or items (一、 → 1. or (一)), or one unit by
 * itself when it holds none (若干措施 printed as `一、加大财政支持力度。……`).
 * Decided from the numbering sequences, never from wording.
 */
import { findClosingStart } from './closing';
import type { LineClass } from './headings';
import type { SourceLine } from './lines';

/** A `一、` line: a heading (`section`) or the start of a sentence (`point`). */
export type TopMarker = Extract<LineClass, { kind: 'section' | 'point' }>;

/** True for a `一、` line of either reading. */
export const isTopMarker = (c: LineClass): c is TopMarker => c.kind === 'section' || c.kind === 'point';

/** The run of in-sequence `一、` markers (line indices, in order) and the markers whose block is one unit. */
export interface TopLevelRun {
  readonly markers: readonly number[];
  readonly unitBlocks: ReadonlySet<number>;
  /** the line after the last block: its first closing line (sign-off, 附件), or lines.length */
  readonly end: number;
}

/** Marker positions linked to the next marker numbered one more (the greedy chain 一、 → 二、 → 三、), -1 at a chain's end. */
function chainLinks(classes: readonly LineClass[], markers: readonly number[]): Int32Array {
  const next = new Int32Array(markers.length);
  const firstAfter = new Map<number, number>();
  for (let k = markers.length - 1; k >= 0; k--) {
    const n = (classes[markers[k]] as TopMarker).number;
    next[k] = firstAfter.get(n + 1) ?? -1;
    firstAfter.set(n, k);
  }
  return next;
}

/** The chain of marker lines from position `k` on. */
function follow(markers: readonly number[], next: Int32Array, k: number): number[] {
  const chain: number[] = [];
  for (let j = k; j >= 0; j = next[j]) chain.push(markers[j]);
  return chain;
}

/** The longest chain (ties: the earliest) of at least two markers that starts with a 一、 before `before`. */
function longestChain(classes: readonly LineClass[], markers: readonly number[], next: Int32Array, before: number): number[] | null {
  const length = new Int32Array(markers.length);
  let best = -1;
  for (let k = markers.length - 1; k >= 0; k--) length[k] = next[k] < 0 ? 1 : 1 + length[next[k]];
  for (let k = 0; k < markers.length && markers[k] < before; k++) {
    if ((classes[markers[k]] as TopMarker).number === 1 && length[k] >= 2 && (best < 0 || length[k] > length[best])) best = k;
  }
  return best < 0 ? null : follow(markers, next, best);
}

/**
 * The number of the first in-sequence measure or item in `[from, to)` (1, or one
 * more than the last of its kind in an earlier block), or null when there is none.
 */
function firstUnitIn(classes: readonly LineClass[], from: number, to: number, last: { measure: number; item: number }): number | null {
  let first: number | null = null;
  for (let i = from; i < to; i++) {
    const c = classes[i];
    if (c.kind !== 'measure' && c.kind !== 'item') continue;
    if (c.number !== 1 && c.number !== last[c.kind] + 1) continue;
    last[c.kind] = c.number;
    first ??= c.number;
  }
  return first;
}

/**
 * True when a sign-off or 附件 line separates the markers from the numbered
 * body: a list in the 通知 wrapper before the measures, not their headings.
 */
function endsBeforeBody(lines: readonly SourceLine[], chain: readonly number[], bodyStart: number): boolean {
  return bodyStart < lines.length && findClosingStart(lines, chain[chain.length - 1]) < bodyStart;
}

/**
 * The top-level run of a notice whose body (by its first numbered unit) starts at
 * `bodyStart`: the chain of `一、` markers from there, or the longest chain before
 * it. A block with no numbered units is a unit; so is a block opened by a
 * sentence (`point`) whose numbered lines restart in it (sub-items), unless the
 * numbering continues across blocks, which marks the `一、` lines as headings.
 */
export function findTopLevelRun(lines: readonly SourceLine[], classes: readonly LineClass[], bodyStart: number): TopLevelRun | null {
  const markers: number[] = [];
  for (let i = 0; i < classes.length; i++) if (isTopMarker(classes[i])) markers.push(i);
  if (markers.length === 0) return null;
  const next = chainLinks(classes, markers);
  const atStart = bodyStart < classes.length && isTopMarker(classes[bodyStart]);
  const chain = atStart ? follow(markers, next, markers.indexOf(bodyStart)) : longestChain(classes, markers, next, bodyStart);
  if (!chain || (!atStart && endsBeforeBody(lines, chain, bodyStart))) return null;
  const end = findClosingStart(lines, chain[chain.length - 1]);
  const last = { measure: 0, item: 0 };
  const firsts = chain.map((m, k) => firstUnitIn(classes, m + 1, k + 1 < chain.length ? chain[k + 1] : end, last));
  const continuous = firsts.some((f) => f !== null && f > 1);
  const unitBlocks = new Set(chain.filter((m, k) => firsts[k] === null || (!continuous && classes[m].kind === 'point')));
  return { markers: chain, unitBlocks, end };
}
