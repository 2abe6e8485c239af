/**
 * How much of one measure's lead title the other measure's body says: the
 * IDF-weighted share of the title's bigrams found in the other's text. A title
 * states the matter (全力兑现惠企政策); another city's measure on that matter
 * says it somewhere in its body (落实各类惠企政策) even when its own title is
 * worded otherwise. Symmetric: the mean of both directions, each side's best
 * title when a side is several units.
 */
import type { UnitFeatures } from '../text/features';
import type { Idf, Vector } from './similarity';

/** A title's bigrams with their IDF weights and total. */
export interface WeightedTitle {
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  readonly mass: number;
}

/** The weighted title bigrams of each unit (units without a title give none). */
export function weightedTitles(idf: Idf, features: readonly UnitFeatures[]): WeightedTitle[] {
  return features
    .filter((f) => f.titleKeys.length > 0)
    .map((f) => {
      const weights = Float32Array.from(f.titleKeys, (k) => idf.weight(k));
      return { keys: f.titleKeys, weights, mass: weights.reduce((s, w) => s + w, 0) };
    });
}

/** Share of a title's weight whose bigrams occur in `body` (both sorted ascending). */
function said(title: WeightedTitle, body: Uint32Array): number {
  if (title.mass <= 0) return 0;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < title.keys.length && j < body.length) {
    if (title.keys[i] === body[j]) sum += title.weights[i++];
    else if (title.keys[i] < body[j]) i++;
    else j++;
  }
  return sum / title.mass;
}

/** Mean over both directions of the best share of a title of one side said in the other side's body; 0 when neither has a title. */
export function titleCoverage(aTitles: readonly WeightedTitle[], aBody: Vector, bTitles: readonly WeightedTitle[], bBody: Vector): number {
  const ab = Math.max(0, ...aTitles.map((t) => said(t, bBody.keys)));
  const ba = Math.max(0, ...bTitles.map((t) => said(t, aBody.keys)));
  return (ab + ba) / 2;
}
