/**
 * DOM Ranges over the occurrences of a query in rendered text, for the CSS
 * Custom Highlight API: the text nodes of each scope element are read as one
 * string (a match may cross <del>/<ins>/<span> boundaries), matched, and mapped
 * back to (node, offset) pairs.
 */
import { occurrences } from './find-matches';

/** Ranges of every occurrence of the folded `q` inside `scope`, in document order. */
export function rangesIn(scope: Element, q: string, skip?: Element | null): Range[] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      skip?.contains(n) || (n.parentElement?.closest('input, textarea, select, [data-find-skip]') ?? null)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const at = (offset: number, end: boolean): [Text, number] => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < offset || (!end && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo], offset - starts[lo]];
  };
  return occurrences(text, q).map(([s, e]) => {
    const range = document.createRange();
    range.setStart(...at(s, false));
    range.setEnd(...at(e, true));
    return range;
  });
}

/** Whether the browser has the CSS Custom Highlight API (Chromium and Electron do). */
const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Shows `all` as find matches and `current` as the current one; empty lists clear them. */
export function paintMatches(all: readonly Range[], current: Range | null): void {
  if (!canHighlight()) return;
  if (all.length === 0) CSS.highlights.delete('find-match');
  else CSS.highlights.set('find-match', new Highlight(...all));
  if (!current) CSS.highlights.delete('find-current');
  else CSS.highlights.set('find-current', new Highlight(current));
}

/** Scrolls the element holding `range` into the middle of its scroller. */
export function revealRange(range: Range): void {
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
