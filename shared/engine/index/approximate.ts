/**
 * Approximate substring matching (Sellers' algorithm): the stretch of a text
 * closest to a short pattern in edit distance, with where it starts and ends.
 * Used for 近似匹配 and for the 您是不是要找 suggestion.
 */

/** The best approximate occurrence of a pattern in a text. */
export interface ApproximateMatch {
  readonly distance: number;
  /** half-open range in the text */
  readonly start: number;
  readonly endExclusive: number;
}

/** The stretch of `text` nearest `pattern` (fewest edits; on a tie the one closest to the pattern's length, then the first), or null when more than `maxEdits` away. */
export function nearestStretch(text: string, pattern: string, maxEdits: number): ApproximateMatch | null {
  const m = pattern.length;
  if (m === 0) return null;
  // column j: distance of pattern[0..j) against a text stretch ending here, and where that stretch starts
  let dist = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextDist = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) dist[j] = j;
  let best: ApproximateMatch | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    nextDist[0] = 0;
    nextFrom[0] = i + 1;
    for (let j = 1; j <= m; j++) {
      const sub = dist[j - 1] + (pattern.charCodeAt(j - 1) === c ? 0 : 1);
      const del = nextDist[j - 1] + 1;
      const ins = dist[j] + 1;
      if (sub <= del && sub <= ins) {
        nextDist[j] = sub;
        nextFrom[j] = j === 1 ? i : from[j - 1];
      } else if (ins <= del) {
        nextDist[j] = ins;
        nextFrom[j] = from[j];
      } else {
        nextDist[j] = del;
        nextFrom[j] = nextFrom[j - 1];
      }
    }
    [dist, nextDist] = [nextDist, dist];
    [from, nextFrom] = [nextFrom, from];
    const d = dist[m];
    if (
      d <= maxEdits &&
      (!best || d < best.distance || (d === best.distance && Math.abs(i + 1 - from[m] - m) < Math.abs(best.endExclusive - best.start - m)))
    ) {
      best = { distance: d, start: from[m], endExclusive: i + 1 };
    }
  }
  return best;
}
