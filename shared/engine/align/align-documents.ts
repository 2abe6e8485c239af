/**
 * Alignment of N documents into groups (rows). Every two documents are
 * paired on their own (`pairDocuments`: symmetric, IDF of the two alone), so
 * which units of A and B correspond does not depend on the base or on the
 * other documents; the groups are the connected sets of those pairs, and the
 * base (pivot) decides only the row order. Every unit of every document lands
 * exactly once.
 */
import type { ParsedDocument } from '../../model/document';
import { unitFeatures, type UnitFeatures } from '../text/features';
import { documentFrequencies, idfOfPair } from './similarity';
import { alignOptionsOf, type AlignOptions } from './options';
import { orderGroups } from './order-groups';
import { pairDocuments, type PairReason } from './pair-documents';
import type { WorkGroup } from './work-group';
import { pairTier } from './tiers';

/** A unit placed in a group: document index, unit index, its pair score (against the group's base member) and why it paired. */
export interface MemberRef {
  readonly doc: number;
  readonly index: number;
  readonly score: number;
  /** the score its pair was assigned by, and why it paired (absent on a group's base member and on units alone) */
  readonly alignScore?: number;
  readonly reason?: PairReason;
}

/** An aligned group before diffs and targets. */
export interface GroupRef {
  readonly members: readonly MemberRef[];
  readonly merged: boolean;
}

/** A unit of one document by document and unit index. */
export interface UnitRef {
  readonly doc: number;
  readonly index: number;
}

/**
 * A pair two documents' alignment made whose units ended in different rows: with a third document the
 * rows could not hold it (A1–B1 and B1–C1 paired, A1–C1 not). Which units pair up stays the same as in
 * the two-document comparison; the row shows the pair as a link (另见第 N 行).
 */
export interface LinkRef {
  readonly a: UnitRef;
  readonly b: UnitRef;
  readonly score: number;
  readonly alignScore: number;
  readonly reason: PairReason;
}

export { alignThresholds } from './thresholds';
export { defaultAlignOptions, type AlignOptions } from './options';

interface Edge {
  readonly x: number;
  readonly y: number;
  readonly score: number;
  readonly alignScore: number;
  readonly reason: PairReason;
}

/** A document's matching features and their document frequencies, computed once per parsed document. */
const prepared = new WeakMap<ParsedDocument, { features: UnitFeatures[]; df: Map<number, number> }>();

function prepare(doc: ParsedDocument): { features: UnitFeatures[]; df: Map<number, number> } {
  let p = prepared.get(doc);
  if (!p) {
    const features = doc.units.map(unitFeatures);
    prepared.set(doc, (p = { features, df: documentFrequencies(features) }));
  }
  return p;
}

/**
 * Features of every unit of each document, computed by the caller (a draft check takes its precedents' from the
 * corpus index's cache): used instead of the ones this module keeps per parsed document, and not kept.
 */
export type GivenFeatures = readonly (readonly UnitFeatures[])[];

/** Aligns the units of `docs` into groups; rows follow the pivot document. */
export function alignDocuments(
  docs: readonly ParsedDocument[],
  pivot: number,
  options: Partial<AlignOptions> = {},
  given?: GivenFeatures,
): GroupRef[] {
  return alignWithLinks(docs, pivot, options, given).groups;
}

/** Aligns the units of `docs` into groups, and lists the pairs the rows could not hold as links between rows. */
export function alignWithLinks(
  docs: readonly ParsedDocument[],
  pivot: number,
  options: Partial<AlignOptions> = {},
  given?: GivenFeatures,
): { groups: GroupRef[]; links: LinkRef[] } {
  const o = alignOptionsOf(options);
  const ready = given ? given.map((features) => ({ features, df: documentFrequencies(features) })) : docs.map(prepare);
  const features = ready.map((r) => r.features);
  const offset: number[] = [];
  let total = 0;
  for (const d of docs) {
    offset.push(total);
    total += d.units.length;
  }
  const docOf = (node: number) => {
    let d = docs.length - 1;
    while (offset[d] > node) d--;
    return d;
  };
  const edges: Edge[] = [];
  for (let d = 0; d < docs.length; d++) {
    for (let e = d + 1; e < docs.length; e++) {
      const idf = idfOfPair(ready[d].df, features[d].length, ready[e].df, features[e].length);
      for (const p of pairDocuments(features[d], features[e], o, idf))
        edges.push({ x: offset[d] + p.a, y: offset[e] + p.b, score: p.score, alignScore: p.alignScore, reason: p.reason });
    }
  }
  const parent = Int32Array.from({ length: total }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const edgeOf = new Map<string, Edge>();
  for (const e of edges) edgeOf.set(`${e.x}:${e.y}`, e);
  const edgeBetween = (p: number, q: number) => edgeOf.get(p < q ? `${p}:${q}` : `${q}:${p}`);
  // two rows join unless that would pair more units of other documents
  // than `impliedPairs` that no two-document alignment paired (A1–C1, B1–C1, but A1–B1 apart)
  const nodesOf = new Map<number, number[]>();
  for (let node = 0; node < total; node++) nodesOf.set(node, [node]);
  // rows take the pairs of the strongest tier first, then the closest wording: where a third document's
  // pairs conflict, a copy edited lightly keeps its row and another city's measure on the matter is linked
  const strength = (e: Edge) => ({ 'same-clause': 2, 'same-matter': 1, related: 0 })[pairTier(e)];
  const byRowPriority = (p: Edge, q: Edge) =>
    strength(q) - strength(p) || q.score - p.score || q.alignScore - p.alignScore || p.x - q.x || p.y - q.y;
  for (const { x, y } of [...edges].sort(byRowPriority)) {
    const rx = find(x);
    const ry = find(y);
    if (rx === ry) continue;
    const px = nodesOf.get(rx)!;
    const py = nodesOf.get(ry)!;
    let implied = 0;
    for (const u of px) for (const v of py) if (docOf(u) !== docOf(v) && !edgeBetween(u, v)) implied++;
    if (implied > o.impliedPairs) continue;
    parent[rx] = ry;
    nodesOf.set(
      ry,
      [...py, ...px].sort((p, q) => p - q),
    );
    nodesOf.delete(rx);
  }
  const byRoot = new Map<number, number[]>();
  for (let node = 0; node < total; node++) {
    const root = find(node);
    const list = byRoot.get(root);
    if (list) list.push(node);
    else byRoot.set(root, [node]);
  }

  const groups: WorkGroup[] = [];
  for (const nodes of byRoot.values()) {
    // the base member: the pivot's first unit, else the first unit of the lowest document
    const base = nodes.find((v) => docOf(v) === pivot) ?? nodes[0];
    const baseDoc = docOf(base);
    const members = nodes.map((v) => {
      const doc = docOf(v);
      const index = v - offset[doc];
      if (doc === baseDoc || nodes.length === 1) return { doc, index, score: 1 };
      // its own pair score: with a base-document member it pairs with, else its strongest pair in the group
      const own = nodes
        .filter((w) => docOf(w) === baseDoc)
        .map((w) => edgeBetween(v, w))
        .filter((e): e is Edge => e !== undefined);
      const any = nodes.map((w) => edgeBetween(v, w)).filter((e): e is Edge => e !== undefined);
      // the edge of the strongest tier (a part beside a chosen pair keeps the chosen pair's), then the higher score
      const rank = (e: Edge) => ({ 'same-clause': 2, 'same-matter': 1, related: 0 })[pairTier(e)];
      const edge = (own.length ? own : any).reduce((a, b) => (rank(b) > rank(a) || (rank(b) === rank(a) && b.score > a.score) ? b : a));
      return { doc, index, score: edge.score, alignScore: edge.alignScore, reason: edge.reason };
    });
    const docsIn = members.map((m) => m.doc);
    const pivotMembers = members.filter((m) => m.doc === pivot);
    groups.push({
      members,
      merged: new Set(docsIn).size < docsIn.length,
      pivotIndex: pivotMembers.length ? Math.min(...pivotMembers.map((m) => m.index)) : -1,
    });
  }
  // groups without a pivot unit are anchored by their first member's document order
  for (const g of groups) g.members.sort((p, q) => p.doc - q.doc || p.index - q.index);
  const ref = (node: number): UnitRef => ({ doc: docOf(node), index: node - offset[docOf(node)] });
  const links = edges
    .filter((e) => find(e.x) !== find(e.y))
    .map((e) => ({ a: ref(e.x), b: ref(e.y), score: e.score, alignScore: e.alignScore, reason: e.reason }));
  return { groups: orderGroups(groups, pivot), links };
}
