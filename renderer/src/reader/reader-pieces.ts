/**
 * Cuts a document's text into plain stretches, parsed units and headings for
 * the reader, each made of parts with the parser's warnings marked inside
 * them: a warning usually sits inside a unit (a line read as the previous
 * measure's continuation), so it must not be hidden by the unit around it.
 * Web-page furniture becomes pieces of its own; markdown marks are not shown.
 */
import type { DocumentDetail } from '../../../shared/api/contract';
import type { OutlineNode, Span } from '../../../shared/model/document';
import { joinSoftBreaks } from '../../../shared/text/soft-breaks';

/** A stretch of a piece; `warning` is the parser's message when it flagged this text. */
export interface Part {
  readonly text: string;
  readonly warning?: string;
  /** index into the document's warnings, for the anchor of the first part of each */
  readonly warningIndex?: number;
}

/** A stretch of the original text and what the parser made of it. */
export type Piece =
  | { readonly kind: 'text'; readonly parts: readonly Part[] }
  /** a web-page line (投稿/来源, 分享到): shown greyed under 网页信息, never as body */
  | { readonly kind: 'furniture'; readonly parts: readonly Part[] }
  | { readonly kind: 'unit'; readonly parts: readonly Part[]; readonly unitId: string; readonly label: string }
  | { readonly kind: 'heading'; readonly parts: readonly Part[]; readonly anchor: string };

type Shell =
  { kind: 'text' } | { kind: 'furniture' } | { kind: 'unit'; unitId: string; label: string } | { kind: 'heading'; anchor: string };
type Marked = Span & { readonly shell: Shell };
type Flag = Span & { readonly message: string; readonly index: number };

/** The outline flattened with depth, for the reader's side bar. */
export function flattenOutline(nodes: readonly OutlineNode[], depth = 0): { readonly node: OutlineNode; readonly depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenOutline(node.children, depth + 1)]);
}

/** Anchor id of a heading, from where it starts. */
export const headingAnchor = (span: Span): string => `h-${span.start}`;

/** Anchor id of the `index`-th warning. */
export const warningAnchor = (index: number): string => `w-${index}`;

/** `text[start, end)` without the hidden spans (markdown marks: `#`, `**`), which are sorted and disjoint. */
function shown(text: string, start: number, end: number, hidden: readonly Span[]): string {
  let out = '';
  let at = start;
  for (const h of hidden) {
    if (h.endExclusive <= at) continue;
    if (h.start >= end) break;
    out += text.slice(at, Math.max(at, h.start));
    at = Math.min(end, h.endExclusive);
  }
  return out + text.slice(at, end);
}

/** `text[start, end)` as parts, split where the (sorted, non-overlapping) flags begin and end; hidden spans left out. */
function partsOf(text: string, start: number, end: number, flags: readonly Flag[], hidden: readonly Span[]): Part[] {
  const parts: Part[] = [];
  let at = start;
  for (const f of flags) {
    if (f.endExclusive <= at || f.start >= end) continue;
    const from = Math.max(f.start, at);
    const to = Math.min(f.endExclusive, end);
    if (from > at) parts.push({ text: shown(text, at, from, hidden) });
    parts.push({ text: shown(text, from, to, hidden), warning: f.message, ...(from === f.start ? { warningIndex: f.index } : {}) });
    at = to;
  }
  if (at < end) parts.push({ text: shown(text, at, end, hidden) });
  return parts.filter((p) => p.text !== '' || p.warningIndex !== undefined);
}

/**
 * The whole text as pieces, in order; overlapping units/headings keep the
 * earlier one; warnings mark inside any piece; web-page lines are pieces of
 * their own and markdown marks are left out.
 */
export function readerPieces(doc: DocumentDetail): readonly Piece[] {
  const furniture = doc.furniture ?? [];
  const hidden = furniture.filter((f) => f.kind === 'markdown').map((f) => f.span);
  const marks: Marked[] = [
    ...furniture.filter((f) => f.kind === 'page').map((f) => ({ ...f.span, shell: { kind: 'furniture' } as const })),
    ...doc.units.map((u) => ({ ...u.span, shell: { kind: 'unit', unitId: u.id, label: u.label } as const })),
    ...flattenOutline(doc.outline).map(({ node }) => ({
      ...node.headingSpan,
      shell: { kind: 'heading', anchor: headingAnchor(node.headingSpan) } as const,
    })),
  ].sort((a, b) => a.start - b.start || b.endExclusive - a.endExclusive);
  const flags: Flag[] = [];
  const sorted = doc.warnings.map((w, index) => ({ ...w.span, message: w.message, index })).sort((a, b) => a.start - b.start);
  for (const f of sorted)
    if (f.endExclusive > f.start && (flags.length === 0 || f.start >= flags[flags.length - 1].endExclusive)) flags.push(f);
  const pieces: Piece[] = [];
  const push = (shell: Shell, start: number, end: number) => pieces.push({ ...shell, parts: partsOf(doc.text, start, end, flags, hidden) });
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.endExclusive <= m.start) continue;
    if (m.start > at) push({ kind: 'text' }, at, m.start);
    push(m.shell, m.start, m.endExclusive);
    at = m.endExclusive;
  }
  if (at < doc.text.length) push({ kind: 'text' }, at, doc.text.length);
  return pieces;
}

/**
 * The pieces as a reader reads them: inside a measure or a heading, lines
 * broken by page or PDF conversion are joined (`区住⏎⏎房和城乡建设局` → one
 * line) and real breaks kept, each judged by the character shown just before
 * it, as the compare grid does. Text outside units (header fields, 通知, sign-off)
 * keeps its lines: those are short lines a join would run together. Web-page
 * lines are left out (the reader folds them under 网页信息).
 */
export function joinedPieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'furniture') continue; // folded under 网页信息 instead
    const previous = out[out.length - 1];
    if (piece.kind === 'text' && previous?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', parts: mergePlain([...previous.parts, ...piece.parts]) };
      continue;
    }
    if (piece.kind !== 'unit' && piece.kind !== 'heading') {
      out.push(piece);
      continue;
    }
    let last = '';
    const parts = piece.parts.map((part) => {
      const text = joinSoftBreaks(part.text, last);
      last = text.slice(-1) || last;
      return { ...part, text };
    });
    out.push({ ...piece, parts });
  }
  return out;
}

/** Neighbouring parts without a warning as one part (so runs of blank lines left by furniture fold as one). */
function mergePlain(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.warning === undefined && part.warning === undefined) out[out.length - 1] = { text: last.text + part.text };
    else out.push(part);
  }
  return out;
}
