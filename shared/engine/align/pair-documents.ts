/**
 * Which units of two documents correspond. Symmetric by construction: the
 * score matrix of (B, A) is the transpose of (A, B), and every rule below
 * treats rows and columns alike, so `compare A B` and `compare B A` pair the
 * same units; IDF comes from these two documents only, so a third document in
 * the comparison changes nothing either.
 *
 * 1. One-to-one, best first: a pair is taken when its score (plus a small
 *    bonus for the same relative position) reaches `match`, or when the two
 *    units are each other's clear best (by `mutualMargin`) above `mutual`.
 * 2. One-to-many: a unit left alone joins its best counterpart's pair when
 *    the two together match that counterpart clearly better than the partner
 *    alone (by `mergeGain`): a district measure that merges two city
 *    measures, a broad measure that covers two narrower ones, adjacent or not.
 *    A part too weak to match on its own (below `mergePart`: another city's
 *    wording) joins only as a clear choice (its best by `joinMargin`, at
 *    least `joinShare` of the pair) that raises the union's similarity
 *    itself (by `joinGain`), strongest first, each against the union so far.
 */
import type { UnitFeatures } from '../text/features';
import type { AlignOptions } from './options';
import { dot, idfOf, sideOf, similarity, type Idf, type Side } from './similarity';
import { keyCoverage, keywordsOf, type Keywords } from './keywords';
import { titleCoverage, weightedTitles, type WeightedTitle } from './title-coverage';
import { topicCosine, topicCounts, topicIdfOf, topicVectorOf, type TopicCounts, type TopicVector } from './topics';

/** Why a pair was taken: a score above `match`, a clear choice (reciprocal best, or a lone unit's clear best that its union confirms), or a part of a one-to-many pair. */
export type PairReason = 'match' | 'mutual' | 'part';

/** A pair of unit `a` of the first document and unit `b` of the second. */
export interface UnitPair {
  readonly a: number;
  readonly b: number;
  /** the pair's similarity (`similarity`: the score a draft check gives the same two units) */
  readonly score: number;
  /** the score the assignment decided by (similarity blended with key-term coverage; of a weak part that chose its counterpart clearly: its union's) */
  readonly alignScore: number;
  readonly reason: PairReason;
}

interface Scored {
  readonly side: Side;
  readonly keywords: Keywords;
  readonly topics: TopicVector;
  readonly titles: readonly WeightedTitle[];
}

/** The topics of a unit's body, counted once per unit however many comparisons it is in. */
const topicsOfUnit = new WeakMap<UnitFeatures, TopicCounts>();
function topicsOf(f: UnitFeatures): TopicCounts {
  let t = topicsOfUnit.get(f);
  if (!t) topicsOfUnit.set(f, (t = topicCounts(f.body)));
  return t;
}

/** Sides (with key terms) of single units and unions of units, built once each. */
export class Sides {
  private readonly cache = new Map<string, Scored>();
  private readonly topicIdf: (id: number) => number;
  constructor(
    private readonly idf: Idf,
    private readonly features: readonly (readonly UnitFeatures[])[],
    private readonly keywordCount: number,
  ) {
    this.topicIdf = topicIdfOf(features.flatMap((units) => units.map(topicsOf)));
  }
  of(doc: number, indices: readonly number[]): Scored {
    const sorted = [...indices].sort((x, y) => x - y);
    const key = `${doc}:${sorted.join('+')}`;
    let s = this.cache.get(key);
    if (!s) {
      const units = sorted.map((i) => this.features[doc][i]);
      const side = sideOf(this.idf, ...units);
      s = {
        side,
        keywords: keywordsOf(side.vector, this.keywordCount),
        topics: topicVectorOf(this.topicIdf, ...units.map(topicsOf)),
        titles: weightedTitles(this.idf, units),
      };
      this.cache.set(key, s);
    }
    return s;
  }
}

/** The similarity of two sides and the alignment's score: the similarity blended with their key-term coverage. */
export function scoresOf(x: Scored, y: Scored, o: AlignOptions): { similarity: number; align: number } {
  const products = dot(x.side.vector, y.side.vector);
  if (products.cosine <= 0) return { similarity: 0, align: 0 };
  const base = similarity(x.side, y.side, products, o);
  return { similarity: base, align: alignScoreOf(base, x, y, o) };
}

/**
 * The alignment's score of two sides of similarity `base`: blended with their key-term coverage, their policy
 * topics and their titles said in each other's bodies. A signal neither side can give (no topic named on one
 * side, no title on either: articles of a regulation) gives its share back to the similarity.
 */
function alignScoreOf(base: number, x: Scored, y: Scored, o: AlignOptions): number {
  const topics = x.topics.ids.length && y.topics.ids.length ? o.topics : 0;
  const titles = x.titles.length || y.titles.length ? o.titleInBody : 0;
  return (
    (1 - o.keywords - topics - titles) * base +
    o.keywords * keyCoverage(x.keywords, x.side.vector, y.keywords, y.side.vector) +
    (topics && topics * topicCosine(x.topics, y.topics)) +
    (titles && titles * titleCoverage(x.titles, x.side.vector, y.titles, y.side.vector))
  );
}

const relative = (i: number, n: number) => (n <= 1 ? 0.5 : i / (n - 1));

/** Best and second-best value of each row and each column. */
function bests(s: readonly Float64Array[], n: number, m: number) {
  const rowBest = new Int32Array(n).fill(-1);
  const rowTop = new Float64Array(n);
  const rowSecond = new Float64Array(n);
  const colBest = new Int32Array(m).fill(-1);
  const colTop = new Float64Array(m);
  const colSecond = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const v = s[i][j];
      if (v > rowTop[i]) [rowSecond[i], rowTop[i], rowBest[i]] = [rowTop[i], v, j];
      else if (v > rowSecond[i]) rowSecond[i] = v;
      if (v > colTop[j]) [colSecond[j], colTop[j], colBest[j]] = [colTop[j], v, i];
      else if (v > colSecond[j]) colSecond[j] = v;
    }
  }
  return { rowBest, rowTop, rowSecond, colBest, colTop, colSecond };
}

/** The similarity and the alignment score of every unit pair of two documents (rows: `a`'s units). */
export function scoreMatrices(
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
  o: AlignOptions,
  idf: Idf = idfOf([...a, ...b]),
): { sim: Float64Array[]; s: Float64Array[]; sides: Sides } {
  const n = a.length;
  const m = b.length;
  const sides = new Sides(idf, [a, b], o.keywordCount);
  // body cosines of all pairs in one sweep over an inverted list of b's keys; the full scores only where
  // the bodies share enough to matter
  const bSides = Array.from({ length: m }, (_, j) => sides.of(1, [j]));
  const postings = new Map<number, number[]>();
  bSides.forEach(({ side }, j) => {
    const { keys, weights } = side.vector;
    for (let k = 0; k < keys.length; k++) {
      const list = postings.get(keys[k]);
      if (list) list.push(j, weights[k]);
      else postings.set(keys[k], [j, weights[k]]);
    }
  });
  const cosine = new Float64Array(m);
  const sharedRare = new Float64Array(m);
  const sim = Array.from({ length: n }, () => new Float64Array(m));
  const s = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(m);
    const x = sides.of(0, [i]);
    const { keys, weights, rare } = x.side.vector;
    cosine.fill(0);
    sharedRare.fill(0);
    for (let k = 0; k < keys.length; k++) {
      const list = postings.get(keys[k]);
      if (!list) continue;
      for (let p = 0; p < list.length; p += 2) {
        cosine[list[p]] += weights[k] * list[p + 1];
        sharedRare[list[p]] += rare[k];
      }
    }
    for (let j = 0; j < m; j++) {
      if (cosine[j] < o.cosineFloor) continue;
      const y = bSides[j];
      const base = similarity(x.side, y.side, { cosine: cosine[j], sharedRare: sharedRare[j] }, o);
      sim[i][j] = base;
      // a framing item beside a measure is nobody's first counterpart (two framing items pair as they are)
      row[j] = alignScoreOf(base, x, y, o) * (a[i].framing === b[j].framing ? 1 : o.framing);
    }
    return row;
  });
  return { sim, s, sides };
}

/** Pairs the units of two documents (their features), with the alignment options `o`. */
export function pairDocuments(
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
  o: AlignOptions,
  idf: Idf = idfOf([...a, ...b]),
): UnitPair[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const { sim, s, sides } = scoreMatrices(a, b, o, idf);
  const best = bests(s, n, m);
  const reciprocal = (i: number, j: number) =>
    best.rowBest[i] === j &&
    best.colBest[j] === i &&
    s[i][j] >= o.mutual &&
    s[i][j] - best.rowSecond[i] >= o.mutualMargin &&
    s[i][j] - best.colSecond[j] >= o.mutualMargin;

  const candidates: Array<{ i: number; j: number; adjusted: number }> = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (s[i][j] <= 0) continue;
      const bonus = o.orderBonus * Math.max(0, 1 - 4 * Math.abs(relative(i, n) - relative(j, m)));
      candidates.push({ i, j, adjusted: s[i][j] + bonus });
    }
  }
  candidates.sort((p, q) => q.adjusted - p.adjusted || p.i - q.i || p.j - q.j);
  const partnerOfA = new Int32Array(n).fill(-1);
  const partnerOfB = new Int32Array(m).fill(-1);
  const pairs: UnitPair[] = [];
  for (const { i, j, adjusted } of candidates) {
    if (partnerOfA[i] >= 0 || partnerOfB[j] >= 0) continue;
    const strong = adjusted >= o.match;
    if (!strong && !reciprocal(i, j)) continue;
    partnerOfA[i] = j;
    partnerOfB[j] = i;
    pairs.push({ a: i, b: j, score: sim[i][j], alignScore: s[i][j], reason: strong ? 'match' : 'mutual' });
  }

  // a second round among the units still alone: two that are each other's clear best of what is left
  // (a unit whose first choice paired with another unit it matches better chooses again)
  if (o.secondRound < 1) {
    const loneA = Array.from({ length: n }, (_, i) => i).filter((i) => partnerOfA[i] < 0);
    const loneB = Array.from({ length: m }, (_, j) => j).filter((j) => partnerOfB[j] < 0);
    const left = bests(
      loneA.map((i) => Float64Array.from(loneB, (j) => s[i][j])),
      loneA.length,
      loneB.length,
    );
    for (let x = 0; x < loneA.length; x++) {
      const y = left.rowBest[x];
      if (y < 0 || left.colBest[y] !== x) continue;
      const v = left.rowTop[x];
      if (v < o.secondRound || v - left.rowSecond[x] < o.mutualMargin || v - left.colSecond[y] < o.mutualMargin) continue;
      const [i, j] = [loneA[x], loneB[y]];
      if (a[i].framing !== b[j].framing) continue;
      partnerOfA[i] = j;
      partnerOfB[j] = i;
      pairs.push({ a: i, b: j, score: sim[i][j], alignScore: s[i][j], reason: 'mutual' });
    }
  }

  // gathering: several lone units that each clearly choose one lone unit of the other document, and
  // together match it clearly better than any of them alone (one penalty article that lists the
  // violations several articles punish one by one)
  const gatherings: Array<{ hub: number; hubDoc: 0 | 1; parts: number[]; union: number }> = [];
  for (const hubDoc of [0, 1] as const) {
    const size = hubDoc === 0 ? n : m;
    for (let hub = 0; hub < size; hub++) {
      if ((hubDoc === 0 ? partnerOfA : partnerOfB)[hub] >= 0) continue;
      const parts: number[] = [];
      for (let y = 0; y < (hubDoc === 0 ? m : n); y++) {
        if ((hubDoc === 0 ? partnerOfB : partnerOfA)[y] >= 0) continue;
        const chosen = hubDoc === 0 ? best.colBest[y] : best.rowBest[y];
        const v = hubDoc === 0 ? s[hub][y] : s[y][hub];
        const second = hubDoc === 0 ? best.colSecond[y] : best.rowSecond[y];
        const similar = hubDoc === 0 ? sim[hub][y] : sim[y][hub];
        if (chosen === hub && v >= o.mutual && v - second >= o.mutualMargin && similar >= o.partFloor) parts.push(y);
      }
      const scoreWith = (y: number) => (hubDoc === 0 ? s[hub][y] : s[y][hub]);
      const single = Math.max(0, ...parts.map(scoreWith));
      // a part far weaker than the strongest names the hub's matter only in passing
      parts.splice(0, parts.length, ...parts.filter((y) => scoreWith(y) >= o.gatherShare * single));
      if (parts.length < 2) continue;
      const union = scoresOf(sides.of(hubDoc, [hub]), sides.of(1 - hubDoc, parts), o).align;
      if (union - single >= o.gatherGain) gatherings.push({ hub, hubDoc, parts, union });
    }
  }
  gatherings.sort((p, q) => q.union - p.union || p.hubDoc - q.hubDoc || p.hub - q.hub);
  // a unit that gathered parts (here, or in a one-to-many join below) is a hub: the units paired with it
  // may not join a second hub of their own, which would chain two stars into one row
  const hubs = [new Set<number>(), new Set<number>()];
  const gathered: UnitPair[] = [];
  for (const { hub, hubDoc, parts } of gatherings) {
    const [hubPartner, partPartner] = hubDoc === 0 ? [partnerOfA, partnerOfB] : [partnerOfB, partnerOfA];
    if (hubPartner[hub] >= 0 || parts.some((y) => partPartner[y] >= 0)) continue;
    hubPartner[hub] = parts[0];
    hubs[hubDoc].add(hub);
    for (const y of parts) {
      partPartner[y] = hub;
      const [x, z] = hubDoc === 0 ? [hub, y] : [y, hub];
      // each part chose the hub clearly, and the hub is matched by all of them together
      gathered.push({ a: x, b: z, score: sim[x][z], alignScore: s[x][z], reason: 'mutual' });
    }
  }

  // one-to-many: a lone unit joins its best counterpart when together they match it clearly better.
  // Strongest first, each against the union so far, so every part must add what the others did not
  // (a broad measure beside many narrow paragraphs takes only those that say more of it).
  const parts: UnitPair[] = [];
  const taken = [...pairs, ...gathered];
  const groupOf = new Map<string, { members: number[]; score: number }>();
  const joins: Array<{ lone: number; loneDoc: 0 | 1; other: number; score: number; second: number }> = [];
  for (const loneDoc of [0, 1] as const) {
    const size = loneDoc === 0 ? n : m;
    for (let lone = 0; lone < size; lone++) {
      if ((loneDoc === 0 ? partnerOfA : partnerOfB)[lone] >= 0) continue;
      const other = loneDoc === 0 ? best.rowBest[lone] : best.colBest[lone];
      if (other < 0) continue;
      const score = loneDoc === 0 ? s[lone][other] : s[other][lone];
      joins.push({ lone, loneDoc, other, score, second: loneDoc === 0 ? best.rowSecond[lone] : best.colSecond[lone] });
    }
  }
  joins.sort((p, q) => q.score - p.score || p.loneDoc - q.loneDoc || p.lone - q.lone);
  for (const { lone, loneDoc, other, score, second } of joins) {
    const key = `${loneDoc}:${other}`;
    let group = groupOf.get(key);
    if (!group) {
      // the units `other` is paired with (several when it gathered them)
      const members = taken.filter((p) => (loneDoc === 0 ? p.b : p.a) === other).map((p) => (loneDoc === 0 ? p.a : p.b));
      group = { members, score: Math.max(0, ...members.map((q) => (loneDoc === 0 ? s[q][other] : s[other][q]))) };
      groupOf.set(key, group);
    }
    if (!group.members.length || group.members.some((q) => hubs[loneDoc].has(q))) continue;
    // a part either matches on its own, or chose `other` clearly (cross-city parts share little wording)
    // and is not far weaker than the pair itself (beside a copy it names the matter in passing)
    const chosen = score < o.mergePart;
    if (chosen && (score - second < o.joinMargin || score < o.joinShare * group.score)) continue;
    const hub = sides.of(1 - loneDoc, [other]);
    const together = sides.of(loneDoc, [lone, ...group.members]);
    const union = scoresOf(together, hub, o).align;
    if (union - group.score < (chosen ? o.chosenGain : o.mergeGain)) continue;
    // key-term coverage grows with any union, and a union takes its best title (实施…行动 is in many):
    // a weak part must raise the similarity of the bodies, rare terms and offices itself
    const before = sides.of(loneDoc, group.members).side;
    const gained =
      similarity({ ...together.side, features: before.features }, hub.side, undefined, o) - similarity(before, hub.side, undefined, o);
    if (chosen && gained < o.joinGain) continue;
    hubs[1 - loneDoc].add(other);
    group.members = [...group.members, lone];
    group.score = union;
    const [x, y] = loneDoc === 0 ? [lone, other] : [other, lone];
    // a part too weak to match on its own was taken as a clear choice, decided by the union's score
    parts.push({ a: x, b: y, score: sim[x][y], alignScore: chosen ? union : score, reason: chosen ? 'mutual' : 'part' });
  }
  return [...pairs, ...gathered, ...parts];
}
