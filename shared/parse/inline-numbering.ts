/**
 * Layouts rebuilt from inline numbering. A page copied from a browser or a PDF
 * often arrives as one long line (`一、持续强化产业链群培育 1.做强…。(…负责) 2.…`):
 * the numbering is all there, inline. A numeral that follows a sentence end, a
 * closing bracket or a space and continues its sequence starts a line; the
 * lines are virtual (offsets, no characters added), so every character stays
 * where it was and every span still indexes the original text.
 */
import { isClosingLine } from './closing';
import { boxTitleEnds, paragraphStarts } from './collapsed-paragraphs';
import { tableCellBreaks } from './collapsed-tables';
import { isBlank, splitLines, type SourceLine } from './lines';
import { readNumbering, type Numbering, type NumberingRole } from './numbering';

/** Tunables of the rebuild. */
export const inlineOptions = {
  /** at least this many inline markers in sequence before a layout is rebuilt */
  minMarkers: 3,
  /** a heading's words before its first unit on the same line (`一、总体要求 1.…`) */
  maxHeadingTitle: 40,
  /** how far after a marker its numbering may reach */
  lookahead: 16,
  /**
   * a layout is rebuilt only when half its characters sit in lines at least
   * this long (a collapsed line holds several units; short lines with an
   * inline (一) each are a laid-out text)
   */
  minCollapsedLine: 120,
} as const;

/** Depth of each structural role: a marker of one role lets every deeper role restart at 1. */
const rank: Readonly<Record<NumberingRole, number>> = {
  part: 0,
  chapter: 1,
  'plan-section': 2,
  article: 3,
  section: 4,
  item: 5,
  measure: 6,
  'sub-item': 7,
};
const roles = Object.keys(rank) as NumberingRole[];
/** The roles deeper than each role (they restart at 1 after it). */
const deeper: Readonly<Record<NumberingRole, readonly NumberingRole[]>> = Object.fromEntries(
  roles.map((r) => [r, roles.filter((d) => rank[d] > rank[r])]),
) as Record<NumberingRole, NumberingRole[]>;

/** What may stand just before an inline marker: a sentence end, a closing bracket or quote, a colon, a space. */
const boundary = charSet('。；;！!？?）)】」』”:： \t\u3000\u00a0\r\n');
const markerFirst = charSet('第零〇一二两三四五六七八九十百(（0123456789０１２３４５６７８９');

/** A set of characters as a code-unit table, for tests run on every character of a text. */
function charSet(chars: string): {
  test(ch: string | undefined): boolean;
  at(text: string, i: number): boolean;
  readonly table: Uint8Array;
} {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return {
    test: (ch) => ch !== undefined && ch.length > 0 && table[ch.charCodeAt(0)] === 1,
    at: (text, i) => table[text.charCodeAt(i)] === 1,
    table,
  };
}

/** One inline marker: where it starts, what it numbers. */
interface Marker {
  readonly at: number;
  /** where the numbering itself starts (after marks and spaces) */
  readonly numberAt?: number;
  readonly role: NumberingRole;
  readonly number: number;
}

/** Running sequence of each role; a deeper role may restart after a shallower one. */
class Sequences {
  private readonly last = new Map<NumberingRole, number>();
  private readonly restart = new Set<NumberingRole>(roles);

  continues(role: NumberingRole, n: number): boolean {
    const last = this.last.get(role) ?? 0;
    return n === last + 1 || (n === 1 && (this.restart.has(role) || this.startsOver(role, last)));
  }

  /** 第一篇/第一章 after the last 篇/章 of a table of contents: the body numbers its parts and chapters again from 1. */
  private startsOver(role: NumberingRole, last: number): boolean {
    if (last <= 1 || rank[role] > rank.chapter) return false;
    for (const r of this.last.keys()) if (rank[r] < rank[role]) return false;
    return true;
  }

  take(role: NumberingRole, n: number): void {
    this.last.set(role, n);
    this.restart.delete(role);
    for (const r of deeper[role]) this.restart.add(r);
  }
}

/** A numbering read at `at` as a marker, when it may open a line inline (no `一，`, no `1，`: commas enumerate inside sentences). */
function asMarker(n: Numbering | null, at: number): Marker | null {
  if (!n || n.role === 'sub-item') return null;
  if ((n.role === 'section' && n.separator !== '、') || (n.role === 'measure' && (n.separator === '，' || n.separator === ',')))
    return null;
  return { at, role: n.role, number: n.number };
}

/** The marker at `at` inside a line. */
function markerAt(text: string, at: number): Marker | null {
  if (!markerFirst.at(text, at)) return null;
  return asMarker(readNumbering(text.slice(at, at + inlineOptions.lookahead)), at);
}

/**
 * Markers inside a line (not at its start) that follow a boundary, markdown
 * marks (`## 三、`, `**1.`) and spaces in between; a marker's line starts
 * right after the boundary, so the marks go with it.
 */
function inlineMarkers(text: string, line: SourceLine): Marker[] {
  const out: Marker[] = [];
  const boundaries = boundary.table;
  const end = line.contentEnd;
  for (let i = line.contentStart; i < end - 1; i++) {
    if (boundaries[text.charCodeAt(i)] !== 1) continue;
    let j = i + 1;
    while (j < end && skippable(text.charCodeAt(j))) j++;
    if (j >= end || markerFirst.table[text.charCodeAt(j)] !== 1) continue;
    const m = markerAt(text, j);
    if (m) out.push({ at: i + 1, numberAt: j, role: m.role, number: m.number });
    i = j - 1;
  }
  return out;
}

/** Marks and spaces between a boundary and the numbering after it: `#`, `*`, a space, U+3000. */
const skippable = (c: number): boolean => c === 0x23 || c === 0x2a || c === 0x20 || c === 0x3000;

/** Offsets in a line where a closing (相关解读, 附件:, 抄送) starts after a boundary. */
function closingStarts(text: string, line: SourceLine): number[] {
  const out: number[] = [];
  for (let i = line.contentStart + 1; i < line.contentEnd; i++) {
    if (boundary.test(text[i - 1]) && !boundary.test(text[i]) && isClosingLine(text.slice(i, Math.min(line.contentEnd, i + 30))))
      out.push(i);
  }
  return out;
}

/** The result: extra line ends, and whether the whole layout was rebuilt (a warning says so). */
export interface InlineLayout {
  readonly breaks: readonly number[];
  readonly rebuilt: boolean;
}

/**
 * Where lines should also end. When most of the numbering is inline (at least
 * `minMarkers`, and no fewer than the numbered line starts), every marker that
 * continues its sequence starts a line, and so does a closing after the last.
 * Otherwise only a heading with its first unit on one line is split.
 * `starts` are the numberings the lines open with (read once, shared with the
 * line classes).
 */
export function inlineLayout(
  text: string,
  lines: readonly SourceLine[],
  starts: readonly (Numbering | null)[] = lines.map((l) => readNumbering(l.content)),
): InlineLayout {
  const seq = new Sequences();
  const accepted: number[] = [];
  const titled: number[] = [];
  const headingSplits: number[] = [];
  let lineStarts = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const own = asMarker(starts[i], line.contentStart);
    if (own && seq.continues(own.role, own.number)) {
      seq.take(own.role, own.number);
      lineStarts++;
    }
    if (line.contentEnd - line.contentStart < 8) continue;
    const inline = inlineMarkers(text, line);
    const split = own ? headingSplit(text, own, inline) : null;
    if (split !== null) headingSplits.push(split);
    for (const m of inline) {
      if (!seq.continues(m.role, m.number)) continue;
      seq.take(m.role, m.number);
      accepted.push(m.at);
      if (rank[m.role] <= rank['plan-section']) titled.push(m.numberAt ?? m.at);
    }
  }
  if (accepted.length < inlineOptions.minMarkers || accepted.length < lineStarts || halfLength(lines) < inlineOptions.minCollapsedLine)
    return { breaks: headingSplits, rebuilt: false };
  const closings = lines.flatMap((l) => (isBlank(l) ? [] : closingStarts(text, l)));
  const titleEnds = titled.flatMap((at) => {
    const end = planTitleEnd(text, at);
    return end === null ? [] : [end];
  });
  const paragraphs = merged([...accepted, ...closings, ...titleEnds, ...tocBreaks(text), ...paragraphStarts(text)]);
  const boxed = merged([...paragraphs, ...boxTitleEnds(text, splitLines(text, paragraphs))]);
  return { breaks: merged([...boxed, ...tableCellBreaks(text, splitLines(text, boxed))]), rebuilt: true };
}

/** Offsets, each once, in order. */
const merged = (offsets: readonly number[]): number[] => [...new Set(offsets)].sort((a, b) => a - b);

/** A heading (一、, (一), 第一章) whose first unit follows on its line after a space: the offset of that unit's number. */
function headingSplit(text: string, own: Marker, inline: readonly Marker[]): number | null {
  if (rank[own.role] > rank.item) return null;
  const first = inline[0];
  if (!first || first.number !== 1 || rank[first.role] <= rank[own.role] || !/[\s\u3000]/.test(text[first.at - 1])) return null;
  const between = text.slice(own.at, first.at);
  return between.length <= inlineOptions.maxHeadingTitle + 8 && !/[。；;！？!?]/.test(between) ? first.at : null;
}

/**
 * Where the body after an inline 篇/章/节 heading starts: after the first
 * space that follows the heading's words (a collapsed line break), when that
 * comes within a heading's length and before any sentence end. Null when the
 * text marks no such end (the heading and its body then stay one line).
 */
function planTitleEnd(text: string, at: number): number | null {
  const n = readNumbering(text.slice(at, at + inlineOptions.lookahead));
  if (!n) return null;
  const limit = Math.min(text.length, at + n.length + inlineOptions.maxHeadingTitle);
  let i = at + n.length;
  while (i < limit && !isSpace(text.charCodeAt(i))) {
    if (sentenceEnd.at(text, i)) return null;
    i++;
  }
  if (i >= limit || i === at + n.length) return null;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length && !markerFirst.at(text, i) ? i : null;
}

const sentenceEnd = charSet('。；;！!？?');
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d;

/** A 目录 printed between spaces (a collapsed line of its own) opens the table of contents: a line before it and after it. */
function tocBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<=^|[\s\u3000])目[ \u3000]?录(?=[\s\u3000])/g)) {
    const at = m.index ?? 0;
    let after = at + m[0].length;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    out.push(at, after);
  }
  return out;
}

/** The length such that half the text's characters sit in lines at least that long. */
function halfLength(lines: readonly SourceLine[]): number {
  const lengths = lines
    .map((l) => l.contentEnd - l.contentStart)
    .filter((n) => n > 0)
    .sort((a, b) => b - a);
  const total = lengths.reduce((n, l) => n + l, 0);
  let seen = 0;
  for (const l of lengths) if ((seen += l) * 2 >= total) return l;
  return 0;
}
