/**
 * Inline markers: numberings inside a line that may start a line of their own
 * when a layout is rebuilt (after a sentence end, a closing bracket or a space;
 * a heading's words that run straight into the next numbering), and the
 * running sequences that decide which of them continue the document's count.
 */
import type { SourceLine } from './lines';
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
export const rank: Readonly<Record<NumberingRole, number>> = {
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
export const boundary = charSet('。；;！!？?）)】」』”:： \t\u3000\u00a0\r\n');
export const markerFirst = charSet('第零〇一二两三四五六七八九十百(（0123456789０１２３４５６７８９');

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
export interface Marker {
  readonly at: number;
  /** a 篇/章/节 with no boundary before it: taken only when the 目录 lists its heading */
  readonly listed?: boolean;
  /** where the numbering itself starts (after marks and spaces) */
  readonly numberAt?: number;
  readonly role: NumberingRole;
  readonly number: number;
}

/** Running sequence of each role; a deeper role may restart after a shallower one. */
export class Sequences {
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
export function asMarker(n: Numbering | null, at: number): Marker | null {
  if (!n || n.role === 'sub-item') return null;
  if ((n.role === 'section' && n.separator !== '、') || (n.role === 'measure' && (n.separator === '，' || n.separator === ',')))
    return null;
  return { at, role: n.role, number: n.number };
}

/** The marker at `at` inside a line. */
export function markerAt(text: string, at: number): Marker | null {
  if (!markerFirst.at(text, at)) return null;
  return asMarker(readNumbering(text.slice(at, at + inlineOptions.lookahead)), at);
}

/**
 * Markers inside a line (not at its start) that follow a boundary, markdown
 * marks (`## 三、`, `**1.`) and spaces in between; a marker's line starts
 * right after the boundary, so the marks go with it.
 */
export function inlineMarkers(text: string, line: SourceLine): Marker[] {
  const out: Marker[] = [];
  const boundaries = boundary.table;
  const end = line.contentEnd;
  for (let i = line.contentStart; i < end - 1; i++) {
    if (boundaries[text.charCodeAt(i)] !== 1 && !afterToc(text, i)) continue;
    let j = i + 1;
    while (j < end && skippable(text.charCodeAt(j))) j++;
    if (j >= end || markerFirst.table[text.charCodeAt(j)] !== 1) continue;
    const m = markerAt(text, j);
    if (m) out.push({ at: i + 1, numberAt: j, role: m.role, number: m.number });
    i = j - 1;
  }
  return out;
}

/** True at the end of a 目录 (`目录第一篇…`): what follows opens the table of contents. */
const afterToc = (text: string, i: number): boolean => text[i] === '录' && text[i - 1] === '目';

/**
 * 篇/章/节 headings inside a line with no boundary before them (`…打造第二节推进…`,
 * where a paragraph without a stop ran into the next heading): taken only when
 * the 目录 lists the words that follow, and they continue their sequence.
 */
export function unboundedHeadings(text: string, line: SourceLine): Marker[] {
  const out: Marker[] = [];
  for (let i = text.indexOf('第', line.contentStart + 1); i >= 0 && i < line.contentEnd - 1; i = text.indexOf('第', i + 1)) {
    if (boundary.at(text, i - 1) || afterToc(text, i - 1) || !namesPlanHeading(text, i)) continue;
    const m = markerAt(text, i);
    if (m && rank[m.role] <= rank['plan-section']) out.push({ ...m, numberAt: i, listed: true });
  }
  return out;
}

/** A quick look before reading the numbering: 第, a numeral, then 篇/章/节/部 (spaces allowed between). */
function namesPlanHeading(text: string, at: number): boolean {
  let j = at + 1;
  const end = Math.min(text.length, at + inlineOptions.lookahead);
  while (j < end && (markerFirst.table[text.charCodeAt(j)] === 1 || text[j] === ' ' || text[j] === '\u3000')) j++;
  return j > at + 1 && (text[j] === '篇' || text[j] === '章' || text[j] === '节' || text[j] === '部');
}

/** Markers after a boundary and unbounded headings, in text order (a position once). */
export function withUnbounded(bounded: Marker[], unbounded: readonly Marker[]): Marker[] {
  if (unbounded.length === 0) return bounded;
  return [...bounded, ...unbounded].sort((a, b) => a.at - b.at);
}

/** Where the next marker after a boundary (not an unbounded heading) starts, after the k-th. */
export function nextBounded(markers: readonly Marker[], k: number): number | undefined {
  for (let j = k + 1; j < markers.length; j++) if (!markers[j].listed) return markers[j].at;
  return undefined;
}

/** Marks and spaces between a boundary and the numbering after it: `#`, `*`, a space, U+3000. */
const skippable = (c: number): boolean => c === 0x23 || c === 0x2a || c === 0x20 || c === 0x3000;

/**
 * The marker a heading's words run straight into, with no space or stop
 * between (`目录第一篇…新征程第一章发展环境第一节…`, `一、…引领作用1.积极融入…`):
 * the first numbering within a heading's length that continues its sequence.
 * Null when a space or a sentence end comes first: then the text marks the
 * line end itself.
 */
export function runOnMarker(text: string, heading: Marker, limit: number, seq: Sequences): Marker | null {
  if (rank[heading.role] > rank.item || heading.role === 'article') return null;
  const at = heading.numberAt ?? heading.at;
  const n = readNumbering(text.slice(at, at + inlineOptions.lookahead));
  if (!n) return null;
  const from = at + n.length;
  const end = Math.min(limit, text.length, from + inlineOptions.maxHeadingTitle + 1);
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (isSpace(c) || sentenceEnd.table[c] === 1) return null;
    if (j === from || markerFirst.table[c] !== 1) continue;
    const m = markerAt(text, j);
    if (m && seq.continues(m.role, m.number)) return { ...m, numberAt: j };
  }
  return null;
}

export const sentenceEnd = charSet('。；;！!？?');
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d;
