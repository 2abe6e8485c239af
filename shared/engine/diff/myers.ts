/**
 * Myers' O(ND) diff over integer sequences, the same greedy forward search
 * (and so the same edit scripts) as jsdiff's `diffArrays`, without its
 * per-token callbacks and objects. Running out of budget is part of the
 * result, and says which budget ran out, as VS Code's diff engine does.
 */

/** One run of an edit script: `count` tokens kept, inserted (from b) or removed (from a). */
export interface EditRun {
  readonly kind: 'equal' | 'insert' | 'remove';
  readonly count: number;
}

/** An edit script, or why there is none. */
export type EditScript =
  { readonly kind: 'done'; readonly runs: readonly EditRun[] } | { readonly kind: 'hitTimeout' } | { readonly kind: 'hitEditLimit' };

/** What one search may spend. */
export interface EditBudget {
  /** most edits (insertions + removals) the script may have */
  readonly maxEdits: number;
  /** Date.now() after which the search stops */
  readonly deadline: number;
}

/** The run lists' storage, kept between calls (a comparison makes hundreds of small searches); grown as needed. */
const scratch = { kind: new Uint8Array(4096), count: new Int32Array(4096), prev: new Int32Array(4096) };

function growScratch(): void {
  const size = scratch.kind.length * 2;
  const kind = new Uint8Array(size);
  const count = new Int32Array(size);
  const prev = new Int32Array(size);
  kind.set(scratch.kind);
  count.set(scratch.count);
  prev.set(scratch.prev);
  Object.assign(scratch, { kind, count, prev });
}

const EQUAL = 0;
const INSERT = 1;
const REMOVE = 2;
const kinds = ['equal', 'insert', 'remove'] as const;

/**
 * The shortest edit script from `a` to `b` (tokens compared with ===). Ties
 * are broken as jsdiff breaks them (the path furthest along `a` wins; a
 * removal before an insertion), so the diffs read the same as before.
 */
export function editScript(a: ArrayLike<number>, b: ArrayLike<number>, budget: EditBudget): EditScript {
  const script = search(a, b, budget);
  // a long search grew the scratch storage: give it back
  if (scratch.kind.length > 1 << 20)
    Object.assign(scratch, { kind: new Uint8Array(4096), count: new Int32Array(4096), prev: new Int32Array(4096) });
  return script;
}

function search(a: ArrayLike<number>, b: ArrayLike<number>, budget: EditBudget): EditScript {
  const n = a.length;
  const m = b.length;
  // a path per diagonal k = x - y: its x (last index of a consumed) and its last run (a node of the run list)
  const size = n + m + 3;
  const off = m + 1;
  const pathX = new Int32Array(size);
  const pathRun = new Int32Array(size);
  const live = new Uint8Array(size);
  // runs as a linked list in parallel typed arrays (about d² of them after d edits); paths share their tails
  let runs = 0;
  const newRun = (kind: number, count: number, prev: number): number => {
    if (runs === scratch.kind.length) growScratch();
    scratch.kind[runs] = kind;
    scratch.count[runs] = count;
    scratch.prev[runs] = prev;
    return runs++;
  };
  /** Extends a path along its diagonal over equal tokens; returns its y. */
  const slide = (k: number): number => {
    let x = pathX[k + off];
    let y = x - k;
    const x0 = x;
    while (y + 1 < m && x + 1 < n && a[x + 1] === b[y + 1]) {
      x++;
      y++;
    }
    if (x > x0) pathRun[k + off] = newRun(EQUAL, x - x0, pathRun[k + off]);
    pathX[k + off] = x;
    return y;
  };
  const done = (last: number): EditScript => {
    const script: EditRun[] = [];
    for (let r = last; r >= 0; r = scratch.prev[r]) script.push({ kind: kinds[scratch.kind[r]], count: scratch.count[r] });
    return { kind: 'done', runs: script.reverse() };
  };

  pathX[off] = -1;
  pathRun[off] = -1;
  live[off] = 1;
  const y0 = slide(0);
  if (pathX[off] + 1 >= n && y0 + 1 >= m) return done(pathRun[off]);
  const maxEdits = Math.min(n + m, budget.maxEdits);
  let minK = -Infinity;
  let maxK = Infinity;
  for (let d = 1; ; d++) {
    if (d > maxEdits) return { kind: 'hitEditLimit' };
    if (Date.now() > budget.deadline) return { kind: 'hitTimeout' };
    // no path lies below diagonal -m or above n
    for (let k = Math.max(minK, -d, -m - ((d + m) & 1)); k <= Math.min(maxK, d, n + 1); k += 2) {
      const hasRemove = live[k - 1 + off] === 1;
      const hasAdd = live[k + 1 + off] === 1;
      // no one else reads the removal's diagonal in this round
      if (hasRemove) live[k - 1 + off] = 0;
      const removeX = hasRemove ? pathX[k - 1 + off] : 0;
      const addX = hasAdd ? pathX[k + 1 + off] : 0;
      const canAdd = hasAdd && addX - k >= 0 && addX - k < m;
      const canRemove = hasRemove && removeX + 1 < n;
      if (!canAdd && !canRemove) {
        live[k + off] = 0;
        continue;
      }
      let from: number;
      let kind: number;
      if (!canRemove || (canAdd && removeX < addX)) {
        from = k + 1;
        kind = INSERT;
        pathX[k + off] = addX;
      } else {
        from = k - 1;
        kind = REMOVE;
        pathX[k + off] = removeX + 1;
      }
      const last = pathRun[from + off];
      pathRun[k + off] =
        last >= 0 && scratch.kind[last] === kind ? newRun(kind, scratch.count[last] + 1, scratch.prev[last]) : newRun(kind, 1, last);
      live[k + off] = 1;
      const y = slide(k);
      const x = pathX[k + off];
      if (x + 1 >= n && y + 1 >= m) return done(pathRun[k + off]);
      if (x + 1 >= n) maxK = Math.min(maxK, k - 1);
      if (y + 1 >= m) minK = Math.max(minK, k + 1);
    }
  }
}
