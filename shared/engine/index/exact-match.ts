/**
 * Exact matching in folded text with atomic numbers: 40亿元 is found in
 * 投资40亿元 but not in 投资390亿元 or 3.40亿元 (a digit, or a decimal point
 * joined to a digit, next to the query's own leading or trailing digit breaks
 * the match).
 */

/** True for an ASCII digit code unit. */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** True when the character at `at` continues a number (a digit, or `.` between digits). */
function numberGoesOn(text: string, at: number, step: 1 | -1): boolean {
  const c = text.charCodeAt(at);
  if (isDigit(c)) return true;
  return c === 0x2e && isDigit(text.charCodeAt(at + step));
}

/** Offset of the first match of `query` in `text` at or after `from` that does not cut a number; -1 when none. */
export function findExact(text: string, query: string, from = 0): number {
  const digitFirst = isDigit(query.charCodeAt(0));
  const digitLast = isDigit(query.charCodeAt(query.length - 1));
  for (let at = text.indexOf(query, from); at >= 0; at = text.indexOf(query, at + 1)) {
    if (digitFirst && at > 0 && numberGoesOn(text, at - 1, -1)) continue;
    if (digitLast && at + query.length < text.length && numberGoesOn(text, at + query.length, 1)) continue;
    return at;
  }
  return -1;
}

/** Every match of `query` in `text` as [start, endExclusive) ranges of the folded text, not overlapping. */
export function allExact(text: string, query: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!query) return out;
  for (let at = findExact(text, query); at >= 0; at = findExact(text, query, at + query.length)) out.push([at, at + query.length]);
  return out;
}

/** True when `query`, known to occur at `at` in `text`, stands there whole: no number runs on across either end. */
export function wholeAt(text: string, query: string, at: number): boolean {
  if (isDigit(query.charCodeAt(0)) && at > 0 && numberGoesOn(text, at - 1, -1)) return false;
  return !(isDigit(query.charCodeAt(query.length - 1)) && at + query.length < text.length && numberGoesOn(text, at + query.length, 1));
}
