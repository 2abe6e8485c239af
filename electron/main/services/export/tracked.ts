/**
 * Document B as Word sees a revised document: every difference from A is a real
 * revision (w:ins / w:del, author "Precedent", a date), so 接受所有修订 gives B's
 * text and 拒绝所有修订 gives A's (each as read: a line cut by a page or PDF line
 * end joined), in Word and in WPS. Measures are paragraphs in
 * B's order (a measure only A has sits where the alignment puts it, deleted); B's
 * headings stay as they are. Notes on a measure become Word comments on it.
 */
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
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

/** The paragraphs in B's order with the diff of each aligned pair, from the engine's alignment. */
export function trackedParagraphs(a: ParsedDocument, b: ParsedDocument): TrackedParagraph[] {
  const comparison = compareDocuments([a, b], { pivot: 1, diff: exact });
  const unitOf = (doc: 0 | 1, id: string) => (doc === 0 ? a : b).units.find((u) => u.id === id)!;
  const out: TrackedParagraph[] = [];
  let lastPath: readonly string[] = [];
  // measures only A has, before B's first measure, wait for it: the document never opens outside B's first heading
  let waiting: TrackedParagraph[] = [];
  for (const group of comparison.groups) {
    const members = group.members.map((m) => ({ doc: m.doc as 0 | 1, unit: unitOf(m.doc as 0 | 1, m.unitId) }));
    // the text as read: a line cut by a page or PDF line end joined again (the 对照表 shows it so too)
    const textOf = (doc: 0 | 1) => members.filter((m) => m.doc === doc).map((m) => trackedText(m.unit)).join('\n');
    const aText = textOf(0);
    const bText = textOf(1);
    const ops: DiffOp[] =
      aText === '' ? [{ op: 'insert', text: bText }] : bText === '' ? [{ op: 'delete', text: aText }] : [...diffTexts(aText, bText, exact, { maxComputationTimeMs: 500 }).ops];
    const bUnit = members.find((m) => m.doc === 1)?.unit;
    let heading: string | null = null;
    if (bUnit) {
      const path = bUnit.path;
      const fresh = path.find((h, i) => lastPath[i] !== h);
      if (fresh !== undefined) heading = path.slice(path.indexOf(fresh)).join('\n');
      lastPath = path;
    }
    const paragraph = { ops, heading, units: members };
    if (!bUnit && out.length === 0) waiting.push(paragraph);
    else {
      out.push(paragraph);
      if (bUnit) out.push(...waiting.splice(0));
    }
  }
  return [...out, ...waiting];
}

const run = (text: string, extra: Record<string, unknown> = {}) => {
  const lines = xmlSafe(text).split('\n');
  return lines.map((line, i) => ({ text: line, ...(i > 0 ? { break: 1 } : {}), font: bodyFont, size: bodySize, ...extra }));
};

/** Builds the tracked-revisions .docx of B against A. */
export async function buildTrackedDocx(a: TrackedDocument, b: TrackedDocument, notes: readonly Note[], options: TrackedOptions): Promise<Uint8Array> {
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = xmlSafe(options.author);
  let revision = 1;
  const comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];
  const body: Paragraph[] = [];
  const title = xmlSafe(b.parsed.meta.title || '');
  if (title) body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300, line: 580 }, children: [new TextRun({ text: title, font: titleFont, size: 44 })] }));
  for (const p of trackedParagraphs(a.parsed, b.parsed)) {
    if (p.heading) for (const h of p.heading.split('\n')) body.push(new Paragraph({ spacing: { before: 120, line: 560 }, children: [new TextRun({ text: xmlSafe(h), font: headingFont, size: bodySize })] }));
    const runs: (TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd)[] = [];
    for (const op of p.ops) {
      if (op.text === '') continue;
      if (op.op === 'equal') runs.push(...run(op.text).map((r) => new TextRun(r)));
      else if (op.op === 'insert') runs.push(...run(op.text).map((r) => new InsertedTextRun({ ...r, id: revision++, author, date })));
      else runs.push(...run(op.text).map((r) => new DeletedTextRun({ ...r, id: revision++, author, date })));
    }
    const noted = p.units.flatMap(({ doc, unit }) =>
      notes.filter((n) => n.docId === (doc === 0 ? a.id : b.id) && n.unitId === unit.id && n.text.trim() !== '').map((n) => ({ n, label: unit.label })),
    );
    const children: (TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd)[] = [];
    const ids = noted.map(({ n }) => {
      const id = comments.length;
      comments.push({ id, author, date: new Date(n.updatedAt), children: xmlSafe(n.text.trim()).split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) });
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
