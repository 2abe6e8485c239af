/**
 * The parser: policy text → meta, outline, units, furniture and warnings (the
 * document model of shared/model/document.ts). Pure; spans index the original
 * text. It reads a folded (simplified) copy, so traditional script parses as
 * simplified does, and a layout rebuilt from inline numbering when the text
 * arrives with its line breaks collapsed.
 */
import type { ParsedDocument, ParseWarning, Span } from '../model/document';
import { foldToSimplified } from '../text/trad-simp';
import { findFurnitureLines, furnitureOf, markdownMarks, withoutMarks } from './furniture';
import { classifyLine, type LineClass } from './headings';
import { inlineLayout } from './inline-numbering';
import { isBlank, splitLines, type SourceLine } from './lines';
import { readNumbering } from './numbering';
import { readMeta } from './meta';
import type { Segmentation } from './marks';
import { buildOutline, contentEnds } from './outline';
import { inOriginalScript, scriptRestorer } from './script';
import { firstArticle, segmentArticles } from './segment-articles';
import { segmentNotice } from './segment-notice';
import { segmentPlan } from './segment-plan';
import { buildUnits } from './units';

/** How many lines at the top may hold header fields and the title block. */
const HEADER_LINES = 400;

/** Options for parseDocument. */
export interface ParseOptions {
  /** used for the title when the text names none */
  readonly fileName?: string;
}

/** A plan (规划纲要) has 篇/章 headings; everything else reads as a notice with sections and measures. */
function isPlan(classes: readonly LineClass[]): boolean {
  let chapters = 0;
  for (const c of classes) if (c.kind === 'chapter' || c.kind === 'part') chapters++;
  return chapters >= 2;
}

/** Reads the lines as 第X条 articles (办法, 条例) when they run 第一条, 第二条 …; else as a plan or a notice. */
function segment(lines: readonly SourceLine[], classes: readonly LineClass[]): Segmentation {
  if (firstArticle(classes) >= 0) return segmentArticles(lines, classes);
  return isPlan(classes) ? segmentPlan(lines, classes) : segmentNotice(lines, classes);
}

function spanOf(lines: readonly SourceLine[], from: number, to: number, ends: Int32Array): Span | undefined {
  let first = from;
  while (first < to && isBlank(lines[first])) first++;
  if (first >= to) return undefined;
  return { start: lines[first].contentStart, endExclusive: ends[to] };
}

/** A line read as blank: furniture takes no part in segmenting or meta. */
const blanked = (line: SourceLine): SourceLine => ({ ...line, contentStart: line.contentEnd, content: '' });

/** The first line that opens a heading or a numbered unit: page chrome with weak labels is looked for above it. */
function firstStructuredLine(classes: readonly LineClass[]): number {
  const at = classes.findIndex((c) => c.kind !== 'text' && c.kind !== 'sub-item' && c.kind !== 'column');
  return at < 0 ? classes.length : at;
}

const rebuiltWarning = (text: string, traceless: boolean): ParseWarning => ({
  code: 'layout-rebuilt',
  message: traceless
    ? '原文的换行已被删去且未留空白,已按行内编号和目录重建标题与措施;没有编号的段落无法区分,已并入所在章节或措施,请核对分段 / the line breaks were removed without a trace; headings and measures were rebuilt from inline numbering and the table of contents, but unnumbered paragraphs could not be told apart and stay joined under their heading or measure'
    : '原文几乎没有换行,已按行内编号和句末空白重建段落,请核对分段 / the text had its line breaks collapsed; measures and paragraphs were rebuilt from inline numbering and the spaces after sentence ends',
  span: { start: 0, endExclusive: Math.min(text.length, 1) },
});

/** Parses `text` (folded to simplified already); `original` gives the characters units and furniture show. */
function parseFolded(text: string, original: string, options: ParseOptions): ParsedDocument {
  const plain = splitLines(text);
  const starts = plain.map((l) => readNumbering(l.content));
  const layout = inlineLayout(text, plain, starts);
  const raw = layout.breaks.length > 0 ? splitLines(text, layout.breaks) : plain;
  const rawClasses = raw === plain ? raw.map((l, i) => classifyLine(l.content, starts[i])) : raw.map((l) => classifyLine(l.content));
  const chrome = findFurnitureLines(raw, firstStructuredLine(rawClasses));
  const lines = chrome.size > 0 ? raw.map((l, i) => (chrome.has(i) ? blanked(l) : l)) : raw;
  const classes = chrome.size > 0 ? rawClasses.map((c, i) => (chrome.has(i) ? ({ kind: 'text' } as const) : c)) : rawClasses;
  const seg = segment(lines, classes);
  const breaks = seg.units.flatMap((u) => (u.level === undefined ? [] : [{ line: u.startLine, level: u.level }]));
  const outline = buildOutline(lines, seg.headings, seg.closingStart, breaks);
  const marks = markdownMarks(original);
  const units = buildUnits(text, lines, seg.headings, seg.units, (s, e) => withoutMarks(original, s, e, marks));
  const ends = contentEnds(lines);
  const header = lines.slice(0, Math.min(seg.bodyStart, HEADER_LINES)).map((l) => l.content);
  const meta = readMeta(
    header,
    text,
    options.fileName,
    [...chrome].sort((a, b) => a - b).map((i) => raw[i].content),
  );
  const warnings: ParseWarning[] = [...(layout.rebuilt ? [rebuiltWarning(text, layout.traceless)] : []), ...seg.warnings];
  if (units.length === 0 && text.trim() !== '') {
    warnings.push({
      code: 'no-units',
      message: '没有找到编号的措施或段落 / no numbered measures or paragraphs found',
      span: { start: 0, endExclusive: text.length },
    });
  }
  const preamble = spanOf(lines, 0, Math.min(seg.bodyStart, lines.length), ends);
  const closing = seg.closingStart < lines.length ? spanOf(lines, seg.closingStart, lines.length, ends) : undefined;
  const furniture = furnitureOf(original, raw, chrome, marks);
  return { meta, outline, units, warnings, furniture, ...(preamble ? { preamble } : {}), ...(closing ? { closing } : {}) };
}

/** Parses a policy document's text into meta, outline, units, furniture and warnings. Never throws on odd text. */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const fold = foldToSimplified(text);
  const parsed = parseFolded(fold.text, text, options);
  return fold.changed.length === 0 ? parsed : inOriginalScript(parsed, scriptRestorer(text, fold.text, fold.changed));
}
