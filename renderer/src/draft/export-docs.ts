/** Which precedent documents a draft's 对照表 should set beside it. */
import type { DraftReview } from '../../../shared/api/contract';

/** Corpus documents ranked by how many draft measures have their best precedent there. */
export function precedentDocuments(review: Pick<DraftReview, 'check'>): string[] {
  const counts = new Map<string, number>();
  for (const u of review.check.units) {
    const top = u.precedents[0];
    if (top) counts.set(top.doc, (counts.get(top.doc) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([doc]) => doc);
}
