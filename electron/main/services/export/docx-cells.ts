/** Table cells and rows of the .docx 对照表: 序号 and status, diff runs as struck/underlined text, headings as spanning rows, 说明. */
import { AlignmentType, Paragraph, ShadingType, TableCell, TableRow, TextRun, UnderlineType, VerticalAlign, WidthType } from 'docx';
import { bodyFont, headingFont } from './fonts';
import { tierLabel } from './labels';
import { missingText, notesHeader, numberHeader, type Cell, type Column, type Row, type Run } from './table-model';

/** Deleted text colour: the red reviewers expect for 删除. */
export const deletedColor = 'C00000';
/** Our remarks (not document text) in grey. */
const remarkColor = '595959';
const bodySize = 22; // 11 pt in half-points: 小四 is too large for 3–4 columns in landscape

/** A diff run as Word runs: its marks, and a line break for each newline in it. */
const textRuns = (run: Run): TextRun[] =>
  run.text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(i > 0 ? { break: 1 } : {}),
        font: bodyFont,
        size: bodySize,
        ...(run.kind === 'deleted' ? { strike: true, color: deletedColor } : {}),
        ...(run.kind === 'inserted' ? { bold: true, underline: { type: UnderlineType.SINGLE } } : {}),
        ...(run.kind === 'remark' ? { italics: true, color: remarkColor, size: bodySize - 4 } : {}),
      }),
  );

/** Splits text on newlines into paragraphs of one plain run each. */
const plainParagraphs = (text: string, options: { readonly italics?: boolean } = {}): Paragraph[] =>
  text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: bodyFont, size: bodySize, ...options })] }));

const cellChildren = (cell: Cell): Paragraph[] =>
  cell.kind === 'missing'
    ? plainParagraphs(missingText, { italics: true })
    : cell.paragraphs.map((runs) => new Paragraph({ spacing: { after: 60 }, children: runs.flatMap(textRuns) }));

const cell = (children: Paragraph[], width: number, options: { shaded?: boolean; span?: number } = {}): TableCell =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
  });

const headingParagraph = (text: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, font: headingFont, size: bodySize, bold: true })] });

/** The header row, repeated on every page: 序号 | documents… | 说明. */
export function headerRow(columns: readonly Column[], widths: readonly number[]): TableRow {
  const titles = [numberHeader, ...columns.map((c) => (c.isPivot ? `${c.title}(基准)` : c.title)), notesHeader];
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((t, i) => cell([headingParagraph(t)], widths[i], { shaded: true })),
  });
}

/** The 序号 cell: the row number, the status under it, then the engine's tier of the row's pairs. */
const numberCell = (row: Extract<Row, { kind: 'group' }>, width: number): TableCell =>
  cell(
    [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: String(row.number), font: bodyFont, size: bodySize })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: row.status, font: headingFont, size: bodySize - 4 })],
      }),
      ...(row.tier
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: tierLabel(row.tier), font: bodyFont, size: bodySize - 6, color: remarkColor })],
            }),
          ]
        : []),
    ],
    width,
  );

/** A body row: a heading spanning every column, or one aligned group. */
export function bodyRow(row: Row, widths: readonly number[]): TableRow {
  if (row.kind === 'heading') {
    const total = widths.reduce((a, b) => a + b, 0);
    return new TableRow({ cantSplit: true, children: [cell([headingParagraph(row.text)], total, { shaded: true, span: widths.length })] });
  }
  const cells = row.cells.map((c, i) => cell(cellChildren(c), widths[i + 1]));
  return new TableRow({ children: [numberCell(row, widths[0]), ...cells, cell(plainParagraphs(row.note), widths[widths.length - 1])] });
}
