/**
 * Snippet and highlights of a search hit, in original characters: a window of
 * the text around the first match, with the matched ranges relative to it.
 */
import type { Highlight } from '../../model/comparison';

/** Tunables of a snippet: its length and how much text comes before the first match. */
export const snippetShape = { window: 120, lead: 30 } as const;

/** The part of `text` around the first of `ranges` (original offsets, ascending), with highlight ranges relative to the snippet. */
export function snippetAround(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): { snippet: string; highlights: Highlight[] } {
  const first = ranges.length ? ranges[0][0] : 0;
  const start = Math.max(0, Math.min(first - snippetShape.lead, text.length - snippetShape.window));
  const end = Math.min(text.length, start + snippetShape.window);
  const highlights = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => ({ start: Math.max(s, start) - start, endExclusive: Math.min(e, end) - start }));
  return { snippet: text.slice(start, end), highlights };
}
