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
import { isBlank, splitLines, squeeze, type SourceLine } from './lines';
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
  /** a 篇/章/节 with no boundary before it: taken only when the 目录 lists its heading */
  readonly listed?: boolean;
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
function unboundedHeadings(text: string, line: SourceLine): Marker[] {
  const out: Marker[] = [];
  for (let i = text.indexOf('第', line.contentStart + 1); i >= 0 && i < line.contentEnd - 1; i = text.indexOf('第', i + 1)) {
    if (boundary.at(text, i - 1) || afterToc(text, i - 1)) continue;
    const m = markerAt(text, i);
    if (m && rank[m.role] <= rank['plan-section']) out.push({ ...m, numberAt: i, listed: true });
  }
  return out;
}

/** Markers after a boundary and unbounded headings, in text order (a position once). */
function withUnbounded(bounded: Marker[], unbounded: readonly Marker[]): Marker[] {
  if (unbounded.length === 0) return bounded;
  return [...bounded, ...unbounded].sort((a, b) => a.at - b.at);
}

/**
 * Where the words of a heading end when the 目录's last heading ran into the
 * text after the 目录 (`…第六十二章充分调动全社会力量驻马店市…`): the body
 * prints the same heading again, and the two printings agree up to the end of
 * its words. Null when no such heading has this numbering, or they agree on
 * fewer than two characters after it.
 */
function reprintedTitleEnd(text: string, at: number, lastListed: readonly number[]): number | null {
  const n = readNumbering(text.slice(at, at + inlineOptions.lookahead));
  if (!n) return null;
  for (const other of lastListed) {
    if (other === at || text.slice(other, other + n.length) !== text.slice(at, at + n.length)) continue;
    let k = n.length;
    while (k < n.length + inlineOptions.maxHeadingTitle && at + k < text.length && text[other + k] === text[at + k] && !isSpace(text.charCodeAt(at + k))) k++;
    if (k >= n.length + 2) return at + k;
  }
  return null;
}

/** Where the next marker after a boundary (not an unbounded heading) starts, after the k-th. */
function nextBounded(markers: readonly Marker[], k: number): number | undefined {
  for (let j = k + 1; j < markers.length; j++) if (!markers[j].listed) return markers[j].at;
  return undefined;
}

/** True when the words at `at` start with a heading the 目录 lists. */
const isListed = (text: string, at: number, entries: ReadonlySet<string>): boolean => listedTitleEnd(text, at, entries) !== null;

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
  /**
   * true when most inline numbering had no space before it: the line breaks
   * were removed without a trace, so unnumbered paragraphs cannot be told apart
   */
  readonly traceless: boolean;
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
  /** the words of each heading that runs straight into the next (a 目录 joined without a trace), squeezed */
  const entries = new Set<string>();
  const ranOn = new Set<number>();
  /** the last heading of each such run: where its words end shows only where the body prints it again */
  const lastListed: number[] = [];
  let spaced = 0;
  let lineStarts = 0;
  const take = (m: Marker): void => {
    seq.take(m.role, m.number);
    accepted.push(m.at);
    if (isSpace(text.charCodeAt(m.at - 1)) || isSpace(text.charCodeAt(m.at))) spaced++;
    if (rank[m.role] <= rank.item && m.role !== 'article') titled.push(m.numberAt ?? m.at);
  };
  /** After a heading, the headings and units its words run straight into, each taken in turn. */
  const followRunOn = (heading: Marker, limit: number): void => {
    for (let h: Marker | null = heading; h; ) {
      const next = runOnMarker(text, h, limit, seq);
      if (!next) {
        if (h !== heading) lastListed.push(h.numberAt ?? h.at);
        return;
      }
      const from = h.numberAt ?? h.at;
      ranOn.add(from);
      entries.add(squeeze(text.slice(from, next.at)));
      take(next);
      h = next;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const own = asMarker(starts[i], line.contentStart);
    const ownTaken = own !== null && seq.continues(own.role, own.number);
    if (own && ownTaken) {
      seq.take(own.role, own.number);
      lineStarts++;
    }
    if (line.contentEnd - line.contentStart < 8) continue;
    const inline = withUnbounded(inlineMarkers(text, line), unboundedHeadings(text, line));
    const split = own ? headingSplit(text, own, inline) : null;
    if (split !== null) headingSplits.push(split);
    if (own && ownTaken) followRunOn(own, nextBounded(inline, -1) ?? line.contentEnd);
    for (let k = 0; k < inline.length; k++) {
      const m = inline[k];
      if (m.at <= (accepted[accepted.length - 1] ?? -1) || !seq.continues(m.role, m.number)) continue;
      if (m.listed && !isListed(text, m.at, entries)) continue;
      take(m);
      followRunOn(m, nextBounded(inline, k) ?? line.contentEnd);
    }
  }
  if (accepted.length < inlineOptions.minMarkers || accepted.length < lineStarts || halfLength(lines) < inlineOptions.minCollapsedLine)
    return { breaks: headingSplits, rebuilt: false, traceless: false };
  const closings = lines.flatMap((l) => (isBlank(l) ? [] : closingStarts(text, l)));
  const printed = new Set(titled.map((at) => squeeze(text.slice(at, wordEnd(text, at, at + inlineOptions.lookahead + inlineOptions.maxHeadingTitle) ?? at))));
  const titleEnds = titled.flatMap((at) => {
    if (ranOn.has(at)) return [];
    const end = planTitleEnd(text, at, printed) ?? listedTitleEnd(text, at, entries) ?? reprintedTitleEnd(text, at, lastListed);
    return end === null ? [] : [end];
  });
  const paragraphs = merged([...accepted, ...closings, ...titleEnds, ...tocBreaks(text), ...paragraphStarts(text)]);
  const boxed = merged([...paragraphs, ...boxTitleEnds(text, splitLines(text, paragraphs))]);
  return {
    breaks: merged([...boxed, ...tableCellBreaks(text, splitLines(text, boxed))]),
    rebuilt: true,
    traceless: spaced * 2 < accepted.length,
  };
}

/**
 * The marker a heading's words run straight into, with no space or stop
 * between (`目录第一篇…新征程第一章发展环境第一节…`, `一、…引领作用1.积极融入…`):
 * the first numbering within a heading's length that continues its sequence.
 * Null when a space or a sentence end comes first: then the text marks the
 * line end itself.
 */
function runOnMarker(text: string, heading: Marker, limit: number, seq: Sequences): Marker | null {
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

/**
 * Where a heading's words end when its body follows with no trace of the
 * line break (`第一章发展环境进入新发展阶段…`): the document's 目录 lists the
 * heading (`entries`, squeezed), so the longest listed heading the text starts
 * with ends it. Null when the 目录 lists none.
 */
function listedTitleEnd(text: string, at: number, entries: ReadonlySet<string>): number | null {
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
 * comes within a heading's length and before any sentence end. A heading the
 * page printed over two lines (`…同乡村振兴 有效衔接 严格落实…`) takes the next
 * words too when the document prints the joined heading elsewhere (its 目录):
 * `printed` holds the first words of every inline heading, squeezed. Null
 * when the text marks no such end (the heading and its body then stay one line).
 */
function planTitleEnd(text: string, at: number, printed: ReadonlySet<string>): number | null {
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
function wordEnd(text: string, from: number, limit: number): number | null {
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

const sentenceEnd = charSet('。；;！!？?');
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d;

/**
 * A 目录 printed between spaces (a collapsed line of its own), or run straight
 * into its first 篇/章/部分, opens the table of contents: a line before it and after it.
 */
function tocBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<=^|[\s\u3000])目[ \u3000]?录(?=[\s\u3000])|目录(?=第[一1](?:篇|章|部分))/g)) {
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
