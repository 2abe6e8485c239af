/**
 * Where the words of an inline heading end in a rebuilt layout: at the
 * collapsed line break after them (a space), or, when the breaks left no
 * trace, where the document's 目录 prints the same heading.
 */
import { inlineOptions, isSpace, markerFirst, rank, sentenceEnd, type Marker } from './inline-markers';
import { squeeze } from './lines';
import { readNumbering } from './numbering';

/** A heading (一、, (一), 第一章) whose first unit follows on its line after a space: the offset of that unit's number. */
export function headingSplit(text: string, own: Marker, inline: readonly Marker[]): number | null {
  if (rank[own.role] > rank.item) return null;
  const first = inline[0];
  if (!first || first.number !== 1 || rank[first.role] <= rank[own.role] || !/[\s\u3000]/.test(text[first.at - 1])) return null;
  const between = text.slice(own.at, first.at);
  return between.length <= inlineOptions.maxHeadingTitle + 8 && !/[。；;！？!?]/.test(between) ? first.at : null;
}

/**
 * Where the body after an inline 篇/章/节 heading starts: after the first
 * space that follows the heading's words (a collapsed line break), when that
 * comes within a heading's length and before any sentence end. A heading the
 * page printed over two lines (`…同乡村振兴 有效衔接 严格落实…`) takes the next
 * words too when the document prints the joined heading elsewhere (its 目录):
 * `printed` holds the first words of every inline heading, squeezed. Null
 * when the text marks no such end (the heading and its body then stay one line).
 */
export function planTitleEnd(text: string, at: number, printed: ReadonlySet<string>): number | null {
  const n = readNumbering(text.slice(at, at + inlineOptions.lookahead));
  if (!n) return null;
  const limit = Math.min(text.length, at + n.length + inlineOptions.maxHeadingTitle);
  const end = wordEnd(text, at + n.length, limit);
  if (end === null || end === at + n.length) return null;
  const body = spaceEnd(text, end);
  if (body >= text.length || markerFirst.at(text, body)) return null;
  const more = wordEnd(text, body, Math.min(text.length, body + inlineOptions.maxHeadingTitle));
  if (more !== null && more > body && printed.has(squeeze(text.slice(at, more)))) {
    const after = spaceEnd(text, more);
    return after < text.length ? after : null;
  }
  return body;
}

/** The end of the words from `from`: the first space before `limit`; null at a sentence end or when none comes. */
export function wordEnd(text: string, from: number, limit: number): number | null {
  let i = from;
  while (i < limit && !isSpace(text.charCodeAt(i))) {
    if (sentenceEnd.at(text, i)) return null;
    i++;
  }
  return i < limit ? i : null;
}

/** The first offset at or after `at` that is not a space. */
function spaceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where a heading's words end when its body follows with no trace of the
 * line break (`第一章发展环境进入新发展阶段…`): the document's 目录 lists the
 * heading (`entries`, squeezed), so the longest listed heading the text starts
 * with ends it. Null when the 目录 lists none.
 */
export function listedTitleEnd(text: string, at: number, entries: ReadonlySet<string>): number | null {
  if (entries.size === 0) return null;
  const limit = Math.min(text.length, at + inlineOptions.lookahead + inlineOptions.maxHeadingTitle);
  let words = '';
  let end: number | null = null;
  for (let i = at; i < limit; i++) {
    if (isSpace(text.charCodeAt(i))) continue;
    words += text[i];
    if (entries.has(words)) end = i + 1;
  }
  return end !== null && end < text.length ? end : null;
}

/** True when the words at `at` start with a heading the 目录 lists. */
export const isListed = (text: string, at: number, entries: ReadonlySet<string>): boolean => listedTitleEnd(text, at, entries) !== null;

/**
 * Where the words of a heading end when the 目录's last heading ran into the
 * text after the 目录 (`…第六十二章充分调动全社会力量驻马店市…`): the body
 * prints the same heading again, and the two printings agree up to the end of
 * its words. Null when no such heading has this numbering, or they agree on
 * fewer than two characters after it.
 */
export function reprintedTitleEnd(text: string, at: number, lastListed: readonly number[]): number | null {
  const n = readNumbering(text.slice(at, at + inlineOptions.lookahead));
  if (!n) return null;
  for (const other of lastListed) {
    if (other === at || text.slice(other, other + n.length) !== text.slice(at, at + n.length)) continue;
    let k = n.length;
    while (
      k < n.length + inlineOptions.maxHeadingTitle &&
      at + k < text.length &&
      text[other + k] === text[at + k] &&
      !isSpace(text.charCodeAt(at + k))
    )
      k++;
    if (k >= n.length + 2) return at + k;
  }
  return null;
}

/**
 * A 目录 printed between spaces (a collapsed line of its own), or run straight
 * into its first 篇/章/部分, opens the table of contents: a line before it and after it.
 */
export function tocBreaks(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('目'); at >= 0; at = text.indexOf('目', at + 1)) {
    const end = text[at + 1] === '录' ? at + 2 : (text[at + 1] === ' ' || text[at + 1] === '\u3000') && text[at + 2] === '录' ? at + 3 : -1;
    if (end < 0) continue;
    const spaced = (at === 0 || isSpace(text.charCodeAt(at - 1))) && isSpace(text.charCodeAt(end));
    if (!spaced && !(end === at + 2 && runsIntoFirstHeading.test(text.slice(end, end + 4)))) continue;
    let after = end;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    out.push(at, after);
  }
  return out;
}

/** The first 篇/章/部分 a 目录 runs straight into (`目录第一篇…`). */
const runsIntoFirstHeading = /^第[一1](?:篇|章|部分)/;
