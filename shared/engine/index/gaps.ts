/**
 * Gaps of a draft, from the cross-document alignment: the draft and its few most
 * comparable precedent documents are aligned together (the draft as base); a row
 * holding units of two or more precedents that no draft measure covers at 同事项
 * or better is a matter the draft lacks. Each gap carries its support (which
 * documents, which measures) and a suggested place in the draft's outline.
 */
import type { Gap, GapPlace, Precedent } from '../../model/comparison';
import type { ParsedDocument, Unit } from '../../model/document';
import { alignDocuments, type GivenFeatures } from '../align/align-documents';
import { dot, idfOf, sideOf, similarity, type Side } from '../align/similarity';
import { tierOf } from '../align/tiers';
import { unitFeatures } from '../text/features';

/** Tunables of the gap search. */
export interface GapOptions {
  /** a gap must be covered by at least this many precedent documents */
  readonly minSupport: number;
  /** below this body cosine a draft unit cannot cover a precedent unit (skips the full score) */
  readonly coverCosineFloor: number;
}

/** Default gap tunables. */
export const defaultGapOptions: GapOptions = { minSupport: 2, coverCosineFloor: 0.05 };

/** A precedent document taking part in the gap search. */
export interface GapDocument {
  readonly id: string;
  readonly parsed: ParsedDocument;
}

/** What a unit is called in a check: its lead title, or for an untitled one (a plan paragraph) its opening words. */
export const shownTitle = (unit: Unit): string => unit.title || unit.text.replace(/\s+/g, '').slice(0, 24);

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Where a missing measure would go: after the draft measure before it in the aligned order, under that measure's heading. */
function placeOf(draft: ParsedDocument, after: number): GapPlace {
  if (after < 0) {
    const first = draft.units[0];
    return { afterUnitId: null, afterLabel: '', heading: first?.path.at(-1) ?? null };
  }
  const unit = draft.units[after];
  return { afterUnitId: unit.id, afterLabel: unit.label, heading: unit.path.at(-1) ?? null };
}

/** A gap's suggested place as a person reads it. */
export function gapPlaceText(place: GapPlace): string {
  const under = place.heading ? `(“${place.heading}”下)` : '';
  return place.afterUnitId === null ? `草稿第一条之前${under}` : `草稿第 ${place.afterLabel} 条之后${under}`;
}

/**
 * Finds the matters at least `minSupport` of `precedents` cover and the draft lacks.
 * The alignment decides which precedent measures are one matter; a draft measure
 * covers a precedent measure when their pair reaches 同事项 (aligned to it, or by
 * its own score against every draft measure: the alignment pairs one to one, and a
 * broad draft measure may cover two). `given`: the units' features when the caller
 * has them (the draft's, then each precedent's), else computed here.
 */
export function findGaps(
  draft: ParsedDocument,
  precedents: readonly GapDocument[],
  options: GapOptions = defaultGapOptions,
  given?: GivenFeatures,
): Gap[] {
  if (precedents.length < options.minSupport || draft.units.length === 0) return [];
  const docs = [draft, ...precedents.map((p) => p.parsed)];
  // one set of features for the alignment and the cover test (`given`: the draft's, then each precedent's, as a check has them)
  const features = given ?? docs.map((d) => d.units.map(unitFeatures));
  const groups = alignDocuments(docs, 0, {}, features);
  const idf = idfOf(features.flat());
  const draftSides = features[0].map((f) => sideOf(idf, f));
  const coveredByDraft = (doc: number, index: number): boolean => {
    const side: Side = sideOf(idf, features[doc][index]);
    return draftSides.some(
      (s) => dot(s.vector, side.vector).cosine >= options.coverCosineFloor && tierOf(similarity(s, side)) !== 'related',
    );
  };
  const gaps: Gap[] = [];
  let lastDraft = -1;
  for (const group of groups) {
    const draftMembers = group.members.filter((m) => m.doc === 0);
    const uncovered = group.members.filter(
      (m) => m.doc !== 0 && !(draftMembers.length > 0 && tierOf(m.score) !== 'related') && !coveredByDraft(m.doc, m.index),
    );
    const support = new Set(uncovered.map((m) => m.doc));
    if (support.size >= options.minSupport) {
      const supportMembers: Precedent[] = uncovered.map((m) => {
        const unit = docs[m.doc].units[m.index];
        return { doc: precedents[m.doc - 1].id, unitId: unit.id, label: unit.label, title: shownTitle(unit), score: round(m.score) };
      });
      const rep = docs[uncovered[0].doc].units[uncovered[0].index];
      gaps.push({
        title: shownTitle(rep),
        support: support.size,
        documents: [...support].map((d) => precedents[d - 1].id),
        precedents: supportMembers,
        place: placeOf(draft, draftMembers.length > 0 ? draftMembers[0].index : lastDraft),
      });
    }
    for (const m of draftMembers) lastDraft = Math.max(lastDraft, m.index);
  }
  return gaps.sort((a, b) => b.support - a.support);
}
