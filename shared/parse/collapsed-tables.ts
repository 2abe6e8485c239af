/**
 * Indicator tables in a text whose line breaks were collapsed. A flattened
 * table prints one cell per line (tables.ts); collapsed, its cells follow its
 * title separated by whitespace (`…主要指标 序号 指标 … 1 地区生产总值 1810 …`).
 * Each whitespace run between cells becomes a line end again, from the header
 * cell up to the piece that ends the table (a sentence, a heading, a note).
 */
import type { SourceLine } from './lines';
import { endsTable, isHeaderCell, isTableNote, isTableTitle } from './tables';

/** Tunables of the cell rebuild. */
export const collapsedTableOptions = {
  /** how far into a line its table title may reach before the first header cell */
  maxTitle: 48,
} as const;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

/** One whitespace-delimited piece of a line. */
interface Piece {
  readonly start: number;
  readonly end: number;
}

function piecesOf(text: string, line: SourceLine): Piece[] {
  const out: Piece[] = [];
  let i = line.contentStart;
  while (i < line.contentEnd) {
    while (i < line.contentEnd && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < line.contentEnd && !isSpace(text.charCodeAt(i))) i++;
    if (i > start) out.push({ start, end: i });
  }
  return out;
}

/**
 * Line ends that put back the cells of each table the lines hold collapsed:
 * the offset of every cell after the title, up to and including the piece
 * that ends the table (the rest of that line stays whole). A table may run on
 * over lines the rebuild started already (a `一、经济发展` category row).
 */
export function tableCellBreaks(text: string, lines: readonly SourceLine[]): number[] {
  const out: number[] = [];
  let inTable = false;
  for (const line of lines) {
    if (!inTable && !text.slice(line.contentStart, line.contentStart + collapsedTableOptions.maxTitle).includes('指标')) continue;
    const pieces = piecesOf(text, line);
    let from = 0;
    if (!inTable) {
      from = pieces.findIndex(
        (p) => p.start - line.contentStart <= collapsedTableOptions.maxTitle && isHeaderCell(text.slice(p.start, p.end)),
      );
      if (from <= 0 || !isTableTitle(text.slice(line.contentStart, pieces[from - 1].end))) continue;
      inTable = true;
    }
    for (let k = from; k < pieces.length && inTable; k++) {
      if (k > 0) out.push(pieces[k].start);
      const cell = text.slice(pieces[k].start, pieces[k].end);
      if (isTableNote(cell) || endsTable(cell)) inTable = false;
    }
  }
  return out;
}
