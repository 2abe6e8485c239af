/**
 * Every weight and threshold of the alignment in one readonly object, on the
 * calibrated 0..1 similarity scale. Pass a partial object to `alignDocuments`
 * (or `compareDocuments({ align })`) to try a change; the scorecard
 * (`npm run score:align -- --set title=0.35`) does just that.
 */

/** Weights and thresholds of the alignment. */
export interface AlignOptions {
  /** below this body cosine a pair scores 0 without a full comparison (speed; nothing that low is a counterpart) */
  readonly cosineFloor: number;
  /** a pair scoring below this is no counterpart */
  readonly match: number;
  /** a pair that is each side's clear best match (reciprocal best) needs only this */
  readonly mutual: number;
  /** how far a reciprocal best must stand above each side's second best */
  readonly mutualMargin: number;
  /** a unit joins a merge only if it alone reaches this */
  readonly mergePart: number;
  /** units left alone that are each other's clear best of what is left pair from this score (1: never) */
  readonly secondRound: number;
  /** a unit below `mergePart` still joins a merge when its counterpart is its best by this margin (1: never) */
  readonly joinMargin: number;
  /** such a part (its counterpart's clear choice) must raise the union's alignment score by this much */
  readonly chosenGain: number;
  /** and raise the similarity (not only the key-term coverage) of the union by this much */
  readonly joinGain: number;
  /** such a weak part must score at least this share of the pair it joins */
  readonly joinShare: number;
  /** a merge must beat the single match by this margin */
  readonly mergeGain: number;
  /** units that each chose one counterpart clearly are gathered onto it when together they beat the strongest alone by this */
  readonly gatherGain: number;
  /** a unit gathered onto a counterpart needs at least this similarity of its own (not only topics or key terms) */
  readonly partFloor: number;
  /** a unit gathered with others onto one counterpart must score this share of the strongest of them */
  readonly gatherShare: number;
  /** order-consistency bonus at identical relative position */
  readonly orderBonus: number;
  /** N documents: two rows join only if that pairs at most this many units no two-document alignment paired */
  readonly impliedPairs: number;
  /** weight of the lead titles' bigram Dice (when both units have a title) */
  readonly title: number;
  /** weight of the bodies' TF-IDF cosine (when both units have a title) */
  readonly body: number;
  /** weight of the shared rare terms (when both units have a title) */
  readonly rare: number;
  /** weight of the bodies' cosine when a title is missing (rare terms take the rest) */
  readonly untitledBody: number;
  /** bonus per share of quoted terms (“两重”) in common */
  readonly quoted: number;
  /** share of the score that the responsible offices' overlap decides */
  readonly departments: number;
  /** share of the alignment score that the key-term coverage decides (the rest: the similarity above) */
  readonly keywords: number;
  /** share of the alignment score that the policy topics in common decide (`policyTopics`: the same matter in other words) */
  readonly topics: number;
  /** share of the alignment score that each side's lead title said in the other's body decides */
  readonly titleInBody: number;
  /** factor on the alignment score of a framing item (总体要求, 主要目标…) against a measure */
  readonly framing: number;
  /** how many of a unit's heaviest bigrams are its key terms */
  readonly keywordCount: number;
}

/** The defaults, measured on the scorecard. */
export const defaultAlignOptions: AlignOptions = {
  cosineFloor: 0.02,
  match: 0.3,
  mutual: 0.07,
  mutualMargin: 0.02,
  secondRound: 0.12,
  mergePart: 0.18,
  joinMargin: 0.02,
  joinShare: 0.25,
  joinGain: 0.02,
  chosenGain: 0.02,
  mergeGain: 0.04,
  gatherGain: 0.02,
  partFloor: 0.03,
  gatherShare: 0.5,
  orderBonus: 0.06,
  impliedPairs: 0,
  title: 0.3,
  body: 0.55,
  rare: 0.15,
  untitledBody: 0.8,
  quoted: 0.05,
  departments: 0.1,
  keywords: 0.5,
  topics: 0.1,
  titleInBody: 0.05,
  framing: 0.5,
  keywordCount: 15,
};

/** The defaults with `overrides` applied. */
export function alignOptionsOf(overrides: Partial<AlignOptions> = {}): AlignOptions {
  return { ...defaultAlignOptions, ...overrides };
}
