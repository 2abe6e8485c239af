/**
 * All-pairs similarity of group representatives and one document's units.
 * Body cosines come first through an inverted list of the units' bigrams
 * (cheap, sparse); the full similarity is computed only where the cosine
 * says a pair could matter, so hundreds of plan paragraphs stay fast.
 */
import { similarity, type Side } from './similarity';
import { defaultAlignOptions, type AlignOptions } from './options';

/** Below this body cosine (and with no title bigram in common) a pair scores 0 without a full comparison. */
const cosineFloor = 0.05;

/** scores[g][j] = similarity of row side g and unit side j (0 where the bodies barely overlap). */
export function scoreMatrix(rows: readonly Side[], units: readonly Side[], options: AlignOptions = defaultAlignOptions): number[][] {
  const postings = new Map<number, number[]>();
  units.forEach((u, j) => {
    const { keys, weights } = u.vector;
    for (let i = 0; i < keys.length; i++) {
      let list = postings.get(keys[i]);
      if (!list) postings.set(keys[i], (list = []));
      list.push(j, weights[i]);
    }
  });
  const titled = new Map<number, number[]>();
  units.forEach((u, j) => {
    for (const f of u.features) for (const k of f.titleKeys) titled.get(k)?.push(j) ?? titled.set(k, [j]);
  });
  const cosine = new Float64Array(units.length);
  const sharedRare = new Float64Array(units.length);
  const titledPair = new Uint8Array(units.length);
  return rows.map((row) => {
    cosine.fill(0);
    sharedRare.fill(0);
    titledPair.fill(0);
    // a shared title bigram always earns a full comparison
    for (const f of row.features) for (const k of f.titleKeys) for (const j of titled.get(k) ?? []) titledPair[j] = 1;
    // the row's keys in order, so each sum is added up as `dot` adds it
    const { keys, weights, rare } = row.vector;
    for (let i = 0; i < keys.length; i++) {
      const list = postings.get(keys[i]);
      if (!list) continue;
      for (let p = 0; p < list.length; p += 2) {
        cosine[list[p]] += weights[i] * list[p + 1];
        sharedRare[list[p]] += rare[i];
      }
    }
    return units.map((u, j) =>
      titledPair[j] === 1 || cosine[j] >= cosineFloor ? similarity(row, u, { cosine: cosine[j], sharedRare: sharedRare[j] }, options) : 0,
    );
  });
}
