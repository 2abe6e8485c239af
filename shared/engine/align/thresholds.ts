/** Thresholds of the alignment, on the calibrated 0..1 similarity scale; fixed, so scores mean the same across comparisons. */

/** Thresholds of the assignment (on the calibrated 0..1 scale). */
export const alignThresholds = {
  /** a pair scoring below this is no counterpart */
  match: 0.3,
  /** a pair that is each side's clear best match (reciprocal best) needs only this */
  mutual: 0.17,
  /** how far a reciprocal best must stand above each side's second best */
  mutualMargin: 0.03,
  /** a unit joins a merge only if it alone reaches this */
  mergePart: 0.18,
  /** a merge must beat the single match by this margin */
  mergeGain: 0.04,
  /** order-consistency bonus at identical relative position */
  orderBonus: 0.06,
} as const;
