/** Reciprocal best matches: pairs that are each other's clear first choice. */

/** Pairs (g * n + j) that are each other's best match by a margin, at or above `floor`. */
export function reciprocalBest(scores: number[][], floor: number, margin: number): Set<number> {
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
