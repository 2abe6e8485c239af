/**
 * Layouts rebuilt from inline numbering. A page copied from a browser or a PDF
 * often arrives as one long line (`一、持续强化产业链群培育 1.做强…。(…负责) 2.…`):
 * the numbering is all there, inline. A numeral that follows a sentence end, a
 * closing bracket or a space and continues its sequence starts a line; the
 * lines are virtual (offsets, no characters added), so every character stays
 * where it was and every span still indexes the original text. Once a layout
 * is rebuilt, unnumbered paragraphs come back from the whitespace after their
 * sentence ends (collapsed-paragraphs.ts) and table cells from the whitespace
 * between them (collapsed-tables.ts); where the breaks left no trace at all,
 * the 目录 tells where each heading's words end (inline-titles.ts).
 */
import { isClosingLine } from './closing';
import { boxTitleEnds, paragraphStarts, shareBarEnds } from './collapsed-paragraphs';
import { tableCellBreaks } from './collapsed-tables';
import {
  asMarker,
  boundary,
  inlineMarkers,
  inlineOptions,
  isSpace,
  nextBounded,
  rank,
  runOnMarker,
  Sequences,
  unboundedHeadings,
  withUnbounded,
  type Marker,
} from './inline-markers';
import { headingSplit, isListed, listedTitleEnd, planTitleEnd, reprintedTitleEnd, tocBreaks, wordEnd } from './inline-titles';
import { isBlank, splitLines, squeeze, type SourceLine } from './lines';
import { readNumbering, type Numbering } from './numbering';

export { inlineOptions } from './inline-markers';

/** Offsets in a line where a closing (相关解读, 附件:, 抄送) starts after a boundary. */
function closingStarts(text: string, line: SourceLine): number[] {
  const out: number[] = [];
  const after = boundary.table;
  for (let i = line.contentStart + 1; i < line.contentEnd; i++) {
    if (
      after[text.charCodeAt(i - 1)] === 1 &&
      after[text.charCodeAt(i)] !== 1 &&
      isClosingLine(text.slice(i, Math.min(line.contentEnd, i + 30)))
    )
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
 * continues its sequence starts a line, and so do a closing after the last,
 * the words after a heading's title, a paragraph after a sentence end and
 * whitespace, and each cell of a table. Otherwise only a heading with its
 * first unit on one line is split.
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
    if (isTitled(m)) titled.push(m.numberAt ?? m.at);
  };
  /** After a heading, the headings and units its words run straight into, each taken in turn. */
  const followRunOn = (heading: Marker, limit: number): void => {
    for (let h: Marker | null = heading; h;) {
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
      if (isTitled(own)) titled.push(own.at);
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
  const printed = new Set(
    titled.map((at) => squeeze(text.slice(at, wordEnd(text, at, at + inlineOptions.lookahead + inlineOptions.maxHeadingTitle) ?? at))),
  );
  const titleEnds = titled.flatMap((at) => {
    if (ranOn.has(at)) return [];
    const end = planTitleEnd(text, at, printed) ?? listedTitleEnd(text, at, entries) ?? reprintedTitleEnd(text, at, lastListed);
    return end === null ? [] : [end];
  });
  const paragraphs = merged([...accepted, ...closings, ...titleEnds, ...tocBreaks(text), ...paragraphStarts(text), ...shareBarEnds(text)]);
  const boxed = merged([...paragraphs, ...boxTitleEnds(text, splitLines(text, paragraphs))]);
  return {
    breaks: merged([...boxed, ...tableCellBreaks(text, splitLines(text, boxed))]),
    rebuilt: true,
    traceless: spaced * 2 < accepted.length,
  };
}

/** True for a heading's numbering (篇/章/节, 一、, (一)): words that may be its title follow it. */
const isTitled = (m: Marker): boolean => rank[m.role] <= rank.item && m.role !== 'article';

/** Offsets, each once, in order. */
const merged = (offsets: readonly number[]): number[] => [...new Set(offsets)].sort((a, b) => a - b);

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
