/**
 * Document B as Word sees a revised document: every difference from A is a real
 * revision (w:ins / w:del, author "Precedent", a date), so 接受所有修订 gives B's
 * text and 拒绝所有修订 gives A's (each as read: a line cut by a page or PDF line
 * end joined), in Word and in WPS. Measures are paragraphs in
 * B's order (a measure only A has, or paired out of order, is deleted where A has it); B's
 * headings stay as they are. Notes on a measure become Word comments on it.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { Note } from '../../../../shared/api/contract';
import type { DiffOp } from '../../../../shared/model/comparison';
import type { ParsedDocument, Unit } from '../../../../shared/model/document';
import { compareDocuments } from '../../../../shared/engine/compare';
import { diffTexts } from '../../../../shared/engine/diff/diff-texts';
import { pageNumberFooter, sectionPage } from './docx';
import { finishDocx } from './docx-finish';
import { bodyFont, headingFont, titleFont } from './fonts';
import { textPage } from './page-setup';
import { xmlSafe } from './table-model';
import { joinSoftBreaks } from '../../../../shared/text/soft-breaks';

/** One side of the tracked export. */
export interface TrackedDocument {
  /** the id notes are stored under */
  readonly id: string;
  readonly parsed: ParsedDocument;
}

/** Who and when the revisions are attributed to. */
export interface TrackedOptions {
  readonly author: string;
  readonly date: Date;
}

/** No difference is ignored: the revisions must rebuild each text exactly. */
const exact = { ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreLevelWords: false } as const;
const bodySize = 32; // 三号, the size of 公文 body text

/** A measure of the tracked document: its revision ops (A → B) and the units it holds. */
interface TrackedParagraph {
  readonly ops: readonly DiffOp[];
  readonly heading: string | null;
  readonly units: readonly { readonly doc: 0 | 1; readonly unit: Unit }[];
}

/** A measure's text as the tracked document holds it: soft breaks (a sentence cut by a page or PDF line end) joined. */
export const trackedText = (unit: Unit): string => joinSoftBreaks(unit.text);

/** A run of consecutive unit indices, half-open. */
interface Span {
  readonly start: number;
  readonly endExclusive: number;
}

/** The indices of one side of a group as a span, or null when they are not consecutive. */
function spanOf(indices: readonly number[]): Span | null {
  const sorted = [...indices].sort((x, y) => x - y);
  return sorted.every((v, i) => v === sorted[0] + i) ? { start: sorted[0], endExclusive: sorted[0] + sorted.length } : null;
}

/**
 * The aligned pairs that can stand as revisions: a revised document reads in
 * one order, so only pairs in the same order in A and B (the longest such chain
 * of the engine's alignment) are diffed in place; a measure paired out of order,
 * or one part of a pair whose parts are not adjacent, reads as deleted where A
 * has it and inserted where B has it.
 */
function orderedPairs(a: ParsedDocument, b: ParsedDocument): { readonly a: Span; readonly b: Span }[] {
  const comparison = compareDocuments([a, b], { pivot: 1, diff: exact });
  const indexOf = [new Map(a.units.map((u, i) => [u.id, i])), new Map(b.units.map((u, i) => [u.id, i]))];
  const pairs: { a: Span; b: Span }[] = [];
  for (const group of comparison.groups) {
    const side = (doc: 0 | 1) => group.members.filter((m) => m.doc === doc);
    const [inA, inB] = [side(0), side(1)];
    if (inA.length === 0 || inB.length === 0) continue;
    const best = (ms: typeof inA) => [ms.reduce((x, y) => (y.score > x.score ? y : x))];
    const indices = (doc: 0 | 1, ms: typeof inA) => ms.map((m) => indexOf[doc].get(m.unitId)!);
    const spanA = spanOf(indices(0, inA)) ?? spanOf(indices(0, best(inA)))!;
    const spanB = spanOf(indices(1, inB)) ?? spanOf(indices(1, best(inB)))!;
    pairs.push({ a: spanA, b: spanB });
  }
  pairs.sort((x, y) => x.b.start - y.b.start);
  // longest chain increasing in A as well (patience sorting, O(n log n))
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((p, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]].a.start < p.a.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const chain: { a: Span; b: Span }[] = [];
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) chain.push(pairs[i]);
  return chain.reverse();
}

/** The paragraphs in B's order: pairs diffed in place, measures only A has (or paired out of order) deleted, B's own inserted. */
export function trackedParagraphs(a: ParsedDocument, b: ParsedDocument): TrackedParagraph[] {
  const out: TrackedParagraph[] = [];
  let lastPath: readonly string[] = [];
  /** B's headings that open above `unit` (those it does not share with the unit before) */
  const headingAbove = (unit: Unit): string | null => {
    const path = unit.path;
    const fresh = path.find((h, i) => lastPath[i] !== h);
    lastPath = path;
    return fresh === undefined ? null : path.slice(path.indexOf(fresh)).join('\n');
  };
  const paragraph = (aUnits: readonly Unit[], bUnits: readonly Unit[], heading: string | null): TrackedParagraph => {
    // the text as read: a line cut by a page or PDF line end joined again (the 对照表 shows it so too)
    const aText = aUnits.map(trackedText).join('\n');
    const bText = bUnits.map(trackedText).join('\n');
    const ops: DiffOp[] =
      aText === ''
        ? [{ op: 'insert', text: bText }]
        : bText === ''
          ? [{ op: 'delete', text: aText }]
          : [...diffTexts(aText, bText, exact, { maxComputationTimeMs: 500 }).ops];
    return {
      ops,
      heading,
      units: [...aUnits.map((unit) => ({ doc: 0 as const, unit })), ...bUnits.map((unit) => ({ doc: 1 as const, unit }))],
    };
  };
  // measures only A has, before B's first measure, wait for it and go under B's first heading: the document never opens outside it
  const waiting: Unit[] = [];
  const push = (aUnits: readonly Unit[], bUnits: readonly Unit[]) => {
    if (bUnits.length === 0) {
      if (out.length === 0 && lastPath.length === 0) waiting.push(...aUnits);
      else out.push(paragraph(aUnits, [], null));
      return;
    }
    let heading = headingAbove(bUnits[0]);
    for (const u of waiting.splice(0)) {
      out.push(paragraph([u], [], heading));
      heading = null;
    }
    out.push(paragraph(aUnits, bUnits, heading));
  };
  /** the units between two pairs: A's deleted, then B's inserted */
  const gap = (fromA: number, toA: number, fromB: number, toB: number) => {
    for (const u of a.units.slice(fromA, toA)) push([u], []);
    for (const u of b.units.slice(fromB, toB)) push([], [u]);
  };
  let atA = 0;
  let atB = 0;
  for (const pair of orderedPairs(a, b)) {
    gap(atA, pair.a.start, atB, pair.b.start);
    push(a.units.slice(pair.a.start, pair.a.endExclusive), b.units.slice(pair.b.start, pair.b.endExclusive));
    atA = pair.a.endExclusive;
    atB = pair.b.endExclusive;
  }
  gap(atA, a.units.length, atB, b.units.length);
  for (const u of waiting.splice(0)) out.push(paragraph([u], [], null));
  return out;
}

const run = (text: string, extra: Record<string, unknown> = {}) => {
  const lines = xmlSafe(text).split('\n');
  return lines.map((line, i) => ({ text: line, ...(i > 0 ? { break: 1 } : {}), font: bodyFont, size: bodySize, ...extra }));
};

/** Builds the tracked-revisions .docx of B against A. */
export async function buildTrackedDocx(
  a: TrackedDocument,
  b: TrackedDocument,
  notes: readonly Note[],
  options: TrackedOptions,
): Promise<Uint8Array> {
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = xmlSafe(options.author);
  let revision = 1;
  const comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];
  const body: Paragraph[] = [];
  const title = xmlSafe(b.parsed.meta.title || '');
  if (title)
    body.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 300, line: 580 },
        children: [new TextRun({ text: title, font: titleFont, size: 44 })],
      }),
    );
  for (const p of trackedParagraphs(a.parsed, b.parsed)) {
    if (p.heading)
      for (const h of p.heading.split('\n'))
        body.push(
          new Paragraph({
            spacing: { before: 120, line: 560 },
            children: [new TextRun({ text: xmlSafe(h), font: headingFont, size: bodySize })],
          }),
        );
    const runs: (TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd)[] = [];
    for (const op of p.ops) {
      if (op.text === '') continue;
      if (op.op === 'equal') runs.push(...run(op.text).map((r) => new TextRun(r)));
      else if (op.op === 'insert') runs.push(...run(op.text).map((r) => new InsertedTextRun({ ...r, id: revision++, author, date })));
      else runs.push(...run(op.text).map((r) => new DeletedTextRun({ ...r, id: revision++, author, date })));
    }
    const noted = p.units.flatMap(({ doc, unit }) =>
      notes
        .filter((n) => n.docId === (doc === 0 ? a.id : b.id) && n.unitId === unit.id && n.text.trim() !== '')
        .map((n) => ({ n, label: unit.label })),
    );
    const children: (TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd)[] = [];
    const ids = noted.map(({ n }) => {
      const id = comments.length;
      comments.push({
        id,
        author,
        date: new Date(n.updatedAt),
        children: xmlSafe(n.text.trim())
          .split('\n')
          .map((line) => new Paragraph({ children: [new TextRun(line)] })),
      });
      return id;
    });
    for (const id of ids) children.push(new CommentRangeStart(id));
    children.push(...runs);
    for (const id of ids) children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    // a measure only one side has: its paragraph mark is revised too, so accepting (or rejecting) leaves no empty paragraph
    const whole = p.ops.every((o) => o.op === 'delete') ? 'deletion' : p.ops.every((o) => o.op === 'insert') ? 'insertion' : null;
    const mark = whole ? { run: { [whole]: { id: revision++, author, date } } } : {};
    body.push(new Paragraph({ spacing: { line: 560 }, indent: { firstLine: 640 }, ...mark, children }));
  }
  const document = new Document({
    creator: 'Precedent',
    title: `${title || '修订稿'}(修订)`,
    description: xmlSafe(`${a.parsed.meta.title} → ${b.parsed.meta.title}`),
    features: { trackRevisions: true },
    comments: { children: comments },
    styles: { default: { document: { run: { font: bodyFont, size: bodySize } } } },
    sections: [{ properties: { page: sectionPage(textPage) }, footers: { default: pageNumberFooter() }, children: body }],
  });
  return finishDocx(new Uint8Array(await Packer.toBuffer(document)));
}
