/** Cuts a document's text into plain stretches, parsed units, headings and warnings for the reader. */
import type { DocumentDetail } from '../../../shared/api/contract';
import type { OutlineNode, Span } from '../../../shared/model/document';

/** A stretch of the original text and what the parser made of it. */
export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unit'; readonly text: string; readonly unitId: string; readonly label: string }
  | { readonly kind: 'heading'; readonly text: string; readonly anchor: string }
  | { readonly kind: 'warning'; readonly text: string; readonly message: string };

type Marked = Span & { readonly piece: (text: string) => Piece };

/** The outline flattened with depth, for the reader's side bar. */
export function flattenOutline(nodes: readonly OutlineNode[], depth = 0): { readonly node: OutlineNode; readonly depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenOutline(node.children, depth + 1)]);
}

/** Anchor id of a heading, from where it starts. */
export const headingAnchor = (span: Span): string => `h-${span.start}`;

/** The whole text as pieces, in order; overlapping marks keep the earlier one. */
export function readerPieces(doc: DocumentDetail): readonly Piece[] {
  const marks: Marked[] = [
    ...doc.units.map((u) => ({ ...u.span, piece: (text: string): Piece => ({ kind: 'unit', text, unitId: u.id, label: u.label }) })),
    ...flattenOutline(doc.outline).map(({ node }) => ({
      ...node.headingSpan,
      piece: (text: string): Piece => ({ kind: 'heading', text, anchor: headingAnchor(node.headingSpan) }),
    })),
    ...doc.warnings.map((w) => ({ ...w.span, piece: (text: string): Piece => ({ kind: 'warning', text, message: w.message }) })),
  ].sort((a, b) => a.start - b.start || b.endExclusive - a.endExclusive);
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.endExclusive <= m.start) continue;
    if (m.start > at) pieces.push({ kind: 'text', text: doc.text.slice(at, m.start) });
    pieces.push(m.piece(doc.text.slice(m.start, m.endExclusive)));
    at = m.endExclusive;
  }
  if (at < doc.text.length) pieces.push({ kind: 'text', text: doc.text.slice(at) });
  return pieces;
}
