/**
 * Draft check: for each draft unit, its nearest units in the whole corpus
 * (index candidates, then full similarity), and the gaps: matters that two
 * or more of the most comparable documents cover and the draft lacks (gaps.ts).
 */
import type { DraftCheck, Precedent, UnitPrecedents } from '../../model/comparison';
import type { ParsedDocument } from '../../model/document';
import { sideOf, similarity, type Side } from '../align/similarity';
import { unitFeatures } from '../text/features';
import { candidates, type CorpusIndex } from './corpus-index';
import { defaultGapOptions, findGaps, shownTitle } from './gaps';

/** Options of a draft check. */
export interface CheckOptions {
  /** precedents per draft unit (default 5) */
  readonly top?: number;
  /** corpus documents to leave out (the draft itself when it is in the corpus) */
  readonly excludeDocIds?: readonly string[];
  /** how many of the most comparable documents the gap search aligns with the draft (default 4) */
  readonly gapDocuments?: number;
}

const candidatePool = 25;
/** how many comparable documents the gap search aligns with the draft */
const maxComparableDocs = 4;
/** a document is comparable when its best match per draft unit averages at least this */
const comparableMean = 0.08;

/** A corpus unit as a precedent. */
export function precedentOf(index: CorpusIndex, u: number, score: number): Precedent {
  const unit = index.unit(u);
  return {
    doc: index.docs[index.unitDoc[u]].id,
    unitId: unit.id,
    label: unit.label,
    title: shownTitle(unit),
    score: Math.round(score * 1000) / 1000,
  };
}

/** Checks a draft against the corpus: precedents per unit and gaps. */
export function checkDraft(index: CorpusIndex, draft: ParsedDocument, options: CheckOptions = {}): DraftCheck {
  const top = options.top ?? 5;
  const excluded = new Set(options.excludeDocIds ?? []);
  const docAllowed = index.docs.map((d) => !excluded.has(d.id));
  const allowed = (u: number) => docAllowed[index.unitDoc[u]];
  const draftFeatures = draft.units.map(unitFeatures);
  const draftSides = draftFeatures.map((f) => sideOf(index.idf, f));
  const sideCache = new Map<number, Side>();
  const corpusSide = (u: number) => {
    let s = sideCache.get(u);
    if (!s) sideCache.set(u, (s = sideOf(index.idf, index.features(u))));
    return s;
  };
  const docScore = new Float64Array(index.docs.length);
  const units: UnitPrecedents[] = draft.units.map((unit, i) => {
    const pool = candidates(index, index.termIds(draftSides[i].features[0].body), candidatePool, allowed).top;
    const scored = pool.map(({ u }) => ({ u, score: similarity(draftSides[i], corpusSide(u)) })).sort((a, b) => b.score - a.score);
    const bestPerDoc = new Map<number, number>();
    for (const { u, score } of scored) {
      const d = index.unitDoc[u];
      if (!bestPerDoc.has(d)) bestPerDoc.set(d, score);
    }
    for (const [d, s] of bestPerDoc) docScore[d] += s;
    return {
      unitId: unit.id,
      label: unit.label,
      title: shownTitle(unit),
      precedents: scored.slice(0, top).map(({ u, score }) => precedentOf(index, u, score)),
    };
  });
  const comparable = comparableDocuments(index, docScore, draft.units.length, options);
  return {
    draft: draft.meta,
    units,
    // the precedents' features from the index's cache: computed once, for their candidates and their alignment alike
    gaps: findGaps(
      draft,
      comparable.map((d) => index.docs[d]),
      defaultGapOptions,
      [draftFeatures, ...comparable.map((d) => index.documentFeatures(d))],
    ),
  };
}

/** The precedent documents the gap search aligns with the draft: those its measures draw on most (a few, not the whole corpus). */
export function comparableDocuments(index: CorpusIndex, docScore: Float64Array, draftUnits: number, options: CheckOptions = {}): number[] {
  const limit = options.gapDocuments ?? maxComparableDocs;
  return [...docScore.keys()]
    .filter((d) => docScore[d] > 0 && docScore[d] >= draftUnits * comparableMean)
    .sort((a, b) => docScore[b] - docScore[a])
    .slice(0, limit);
}
