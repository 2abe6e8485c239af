/**
 * Draft check: for each draft unit, its nearest units in the whole corpus
 * (index candidates, then full similarity), and the gaps: measures that
 * several comparable documents contain and no draft unit matches.
 */
import type { DraftCheck, Gap, Precedent, UnitPrecedents } from '../../model/comparison';
import type { ParsedDocument, Unit } from '../../model/document';
import { dot, sideOf, similarity, type Side } from '../align/similarity';
import { unitFeatures } from '../text/features';
import { candidates, type CorpusIndex } from './corpus-index';

/** Options of a draft check. */
export interface CheckOptions {
  /** precedents per draft unit (default 5) */
  readonly top?: number;
  /** corpus documents to leave out (the draft itself when it is in the corpus) */
  readonly excludeDocIds?: readonly string[];
}

/** What a unit is called in a check: its lead title, or for an untitled one (a plan paragraph) its opening words. */
const shownTitle = (unit: Unit): string => unit.title || unit.text.replace(/\s+/g, '').slice(0, 24);

const candidatePool = 25;
/** below this body cosine a pair cannot reach the match threshold worth a full score */
const cosineFloor = 0.1;
const maxComparableDocs = 12;
/** a document is comparable when its best match per draft unit averages at least this */
const comparableMean = 0.08;
/** uncovered units of different documents join one gap cluster at this similarity */
const clusterScore = 0.17;
/** a draft unit this similar to a corpus unit covers it (lower than a match: other templates word things differently) */
const coverScore = 0.2;

/** A corpus unit as a precedent. */
export function precedentOf(index: CorpusIndex, u: number, score: number): Precedent {
  const { doc, unit } = index.units[u];
  return { doc: index.docs[doc].id, unitId: unit.id, label: unit.label, title: shownTitle(unit), score: Math.round(score * 1000) / 1000 };
}

/** Checks a draft against the corpus: precedents per unit and gaps. */
export function checkDraft(index: CorpusIndex, draft: ParsedDocument, options: CheckOptions = {}): DraftCheck {
  const top = options.top ?? 5;
  const excluded = new Set(options.excludeDocIds ?? []);
  const docAllowed = index.docs.map((d) => !excluded.has(d.id));
  const allowed = (u: number) => docAllowed[index.units[u].doc];
  const draftSides = draft.units.map((unit) => sideOf(index.idf, unitFeatures(unit)));
  const sideCache = new Map<number, Side>();
  const corpusSide = (u: number) => {
    let s = sideCache.get(u);
    if (!s) sideCache.set(u, (s = sideOf(index.idf, index.features(u))));
    return s;
  };
  const docScore = new Float64Array(index.docs.length);
  const units: UnitPrecedents[] = draft.units.map((unit, i) => {
    const pool = candidates(index, index.termIds(draftSides[i].features[0].body), candidatePool, allowed);
    const scored = pool.map(({ u }) => ({ u, score: similarity(draftSides[i], corpusSide(u)) })).sort((a, b) => b.score - a.score);
    const bestPerDoc = new Map<number, number>();
    for (const { u, score } of scored) {
      const d = index.units[u].doc;
      if (!bestPerDoc.has(d)) bestPerDoc.set(d, score);
    }
    for (const [d, s] of bestPerDoc) docScore[d] += s;
    return { unitId: unit.id, label: unit.label, title: shownTitle(unit), precedents: scored.slice(0, top).map(({ u, score }) => precedentOf(index, u, score)) };
  });
  return { draft: draft.meta, units, gaps: findGaps(index, draftSides, docScore, corpusSide) };
}

/** Clusters the units of comparable documents that no draft unit matches; a gap is a cluster found in 2+ documents. */
function findGaps(index: CorpusIndex, draftSides: readonly Side[], docScore: Float64Array, corpusSide: (u: number) => Side): Gap[] {
  const best = Math.max(0, ...docScore);
  if (best === 0) return [];
  const comparable = [...docScore.keys()]
    .filter((d) => docScore[d] >= draftSides.length * comparableMean)
    .sort((a, b) => docScore[b] - docScore[a])
    .slice(0, maxComparableDocs);
  const uncovered: number[] = [];
  for (const d of comparable) {
    for (let u = index.docStart[d]; u < index.docStart[d + 1]; u++) {
      const side = corpusSide(u);
      if (side.vector.keys.length < 8) continue;
      const covered = draftSides.some((s) => dot(s.vector, side.vector).cosine >= cosineFloor && similarity(s, side) >= coverScore);
      if (!covered) uncovered.push(u);
    }
  }
  const clusters: Array<{ rep: number; members: Array<{ u: number; score: number }>; docs: Set<number> }> = [];
  for (const u of uncovered) {
    const doc = index.units[u].doc;
    let target = -1;
    let bestScore = clusterScore;
    clusters.forEach((c, ci) => {
      if (c.docs.has(doc)) return;
      const rep = corpusSide(c.rep);
      const side = corpusSide(u);
      if (dot(rep.vector, side.vector).cosine < cosineFloor) return;
      const s = similarity(rep, side);
      if (s >= bestScore) {
        bestScore = s;
        target = ci;
      }
    });
    if (target >= 0) {
      clusters[target].members.push({ u, score: bestScore });
      clusters[target].docs.add(doc);
    } else clusters.push({ rep: u, members: [{ u, score: 1 }], docs: new Set([doc]) });
  }
  return clusters
    .filter((c) => c.docs.size >= 2)
    .sort((a, b) => b.docs.size - a.docs.size || comparable.indexOf(index.units[a.rep].doc) - comparable.indexOf(index.units[b.rep].doc))
    .map((c) => {
      const unit = index.units[c.rep].unit;
      return { title: shownTitle(unit), support: c.docs.size, precedents: c.members.map(({ u, score }) => precedentOf(index, u, score)) };
    });
}
