/**
 * The parser: policy text → meta, outline, units and warnings (the document
 * model of shared/model/document.ts). Pure; spans index the original text.
 */
import type { ParsedDocument, ParseWarning, Span } from '../model/document';
import { classifyLine, type LineClass } from './headings';
import { isBlank, splitLines, type SourceLine } from './lines';
import { readMeta } from './meta';
import type { Segmentation } from './marks';
import { buildOutline, contentEnds } from './outline';
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

/** Parses a policy document's text into meta, outline, units and warnings. Never throws on odd text. */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const lines = splitLines(text);
  const classes = lines.map((l) => classifyLine(l.content));
  const seg = segment(lines, classes);
  const breaks = seg.units.flatMap((u) => (u.level === undefined ? [] : [{ line: u.startLine, level: u.level }]));
  const outline = buildOutline(lines, seg.headings, seg.closingStart, breaks);
  const units = buildUnits(text, lines, seg.headings, seg.units);
  const ends = contentEnds(lines);
  const meta = readMeta(lines.slice(0, Math.min(seg.bodyStart, HEADER_LINES)).map((l) => l.content), text, options.fileName);
  const warnings: ParseWarning[] = [...seg.warnings];
  if (units.length === 0 && text.trim() !== '') {
    warnings.push({ code: 'no-units', message: '没有找到编号的措施或段落 / no numbered measures or paragraphs found', span: { start: 0, endExclusive: text.length } });
  }
  const preamble = spanOf(lines, 0, Math.min(seg.bodyStart, lines.length), ends);
  const closing = seg.closingStart < lines.length ? spanOf(lines, seg.closingStart, lines.length, ends) : undefined;
  return { meta, outline, units, warnings, ...(preamble ? { preamble } : {}), ...(closing ? { closing } : {}) };
}
