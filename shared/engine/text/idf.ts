/**
 * Inverse document frequency: one formula for the alignment's pair weights
 * and the corpus index's precedents, so a score reads the same in a
 * comparison and in a draft check.
 */

/** The IDF of a term found in `df` of `units` units (`df` at least 1): ln(1 + units / df). */
export function idfWeight(units: number, df: number): number {
  return Math.log(1 + units / Math.max(1, df));
}

/** The most units a term may appear in and still count as rare (a telling term): 2 % of the units, at least 2. */
export function rareLimit(units: number): number {
  return Math.max(2, Math.floor(units * 0.02));
}
