/**
 * Source lines with their offsets. Every later stage works on these, so spans
 * always index the original text, whatever markdown or spacing a line carries.
 */

/** One line of the source: `[start, end)` excludes the line break; `content` is the line without markdown marks and outer spaces. */
export interface SourceLine {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** offset of the first meaningful character (after `#`, `**`, `>` and spaces) */
  readonly contentStart: number;
  /** offset after the last meaningful character */
  readonly contentEnd: number;
  /** the meaningful characters, original text */
  readonly content: string;
  /** true when the line was a markdown heading (`## …`) */
  readonly markdownHeading: boolean;
}

const isSpace = (ch: string): boolean =>
  ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r' || ch === '\f' || ch === '\ufeff';
const isLeadMark = (ch: string): boolean => isSpace(ch) || ch === '#' || ch === '*' || ch === '>';
const isTrailMark = (ch: string): boolean => isSpace(ch) || ch === '*' || ch === '#';

/**
 * Splits text into lines (\n, \r\n or \r) with offsets and their markdown-free
 * content; `breaks` (sorted offsets) end a line without a break character, for
 * a layout rebuilt from inline numbering.
 */
export function splitLines(text: string, breaks: readonly number[] = []): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let b = 0;
  const n = text.length;
  while (start <= n) {
    while (b < breaks.length && breaks[b] <= start) b++;
    const limit = b < breaks.length ? breaks[b] : n;
    let end = start;
    while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
    lines.push(makeLine(text, lines.length, start, end));
    if (end >= n) break;
    if (end === limit && text[end] !== '\n' && text[end] !== '\r') start = end;
    else start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  }
  return lines;
}

function makeLine(text: string, index: number, start: number, end: number): SourceLine {
  let a = start;
  while (a < end && isLeadMark(text[a])) a++;
  let b = end;
  while (b > a && isTrailMark(text[b - 1])) b--;
  const markdownHeading = text[start] === '#' || (isSpace(text[start] ?? '') && text.slice(start, a).includes('#'));
  return { index, start, end, contentStart: a, contentEnd: b, content: text.slice(a, b), markdownHeading };
}

/** True for a line with no meaningful characters. */
export function isBlank(line: SourceLine): boolean {
  return line.contentStart >= line.contentEnd;
}

/** Removes every whitespace character (for comparing headings printed with stray spaces: `实 施 办 法`). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000\u00a0*#]+/g, '');
}
