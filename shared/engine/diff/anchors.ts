/** Patience-style anchors for the word diff. */
import type { Token } from './tokenize';

const content = /[\u4e00-\u9fff0-9A-Za-z]/;

/**
 * Anchors: word tokens found exactly once on each side, kept in order
 * (longest increasing run, as patience diff does). jsdiff then only runs
 * between anchors, which keeps heavily rewritten measures cheap.
 */
export function uniqueAnchors(a: Token[], b: Token[]): Array<[number, number]> {
  const seen = new Map<string, { ca: number; ia: number; cb: number; ib: number }>();
  a.forEach((t, i) => {
    if (t.key.length < 2 || !content.test(t.key)) return;
    const e = seen.get(t.key);
    if (e) e.ca++;
    else seen.set(t.key, { ca: 1, ia: i, cb: 0, ib: -1 });
  });
  b.forEach((t, j) => {
    const e = seen.get(t.key);
    if (!e) return;
    e.cb++;
    e.ib = j;
  });
  const pairs = [...seen.values()].filter((e) => e.ca === 1 && e.cb === 1).sort((x, y) => x.ia - y.ia);
  // longest increasing subsequence on ib
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]].ib < pairs[k].ib) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) out.push([pairs[k].ia, pairs[k].ib]);
  return out.reverse();
}
