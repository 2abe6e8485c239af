/**
 * Where a query occurs in texts on screen, folded as search folds them (width,
 * traditional/simplified, whitespace; numbers atomic), in original offsets.
 */
import { findExact } from '../../../shared/engine/index/exact-match';
import { foldForMatch, normalizeForMatch } from '../../../shared/text/normalize';

/** A query in the form matched, '' when it has nothing to find. */
export const findForm = (query: string): string => normalizeForMatch(query);

/** Original [start, endExclusive) of every occurrence of the folded `q` in `text`, in order. */
export function occurrences(text: string, q: string): Array<readonly [number, number]> {
  if (!q) return [];
  const folded = foldForMatch(text);
  const out: Array<readonly [number, number]> = [];
  for (let at = findExact(folded.text, q); at >= 0; at = findExact(folded.text, q, at + q.length)) {
    out.push([folded.offsets[at], folded.offsets[at + q.length - 1] + 1]);
  }
  return out;
}

/** One occurrence among the items of a view's model. */
export interface ItemMatch {
  readonly item: number;
  /** its number among the occurrences in that item */
  readonly nth: number;
}

/** Every occurrence in the items' texts (each item a list of texts, as shown), in item order. */
export function itemMatches(items: ReadonlyArray<readonly string[]>, q: string): ItemMatch[] {
  const out: ItemMatch[] = [];
  if (!q) return out;
  items.forEach((texts, item) => {
    let nth = 0;
    for (const text of texts) for (let k = occurrences(text, q).length; k > 0; k--) out.push({ item, nth: nth++ });
  });
  return out;
}

/** The match after `step` from `at` among `count`, wrapping. */
export function stepMatch(at: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  return (at + step + count) % count;
}
