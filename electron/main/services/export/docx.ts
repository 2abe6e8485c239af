/**
 * The 对照表 as a Word document: A4 landscape, a header block naming each
 * document (title, 文号, date), the table with its header row repeated on every
 * page, and 第 X 页 共 Y 页 in the footer. Opens in Word and WPS.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TextRun,
  WidthType,
} from 'docx';
import type { ComparisonView, Note } from '../../../../shared/api/contract';
import { bodyRow, headerRow } from './docx-cells';
import { bodyFont, headingFont, titleFont } from './fonts';
import { describeColumn, tableTitle } from './labels';
import { tableModel, type TableModel } from './table-model';

const a4 = { width: 11906, height: 16838 }; // twips, portrait; docx swaps them for landscape
const margin = 1134; // 2 cm
const textWidth = a4.height - 2 * margin;

/** Column widths in twips: documents share the width, 说明 gets a fifth. */
function columnWidths(model: TableModel): number[] {
  const notes = model.includeNotes ? Math.round(textWidth / 5) : 0;
  const each = Math.floor((textWidth - notes) / model.columns.length);
  return [...model.columns.map(() => each), ...(model.includeNotes ? [notes] : [])];
}

function headerBlock(model: TableModel): Paragraph[] {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text: tableTitle, font: titleFont, size: 36, bold: true })],
  });
  const lines = model.columns.map(
    (c, i) =>
      new Paragraph({
        children: [
          new TextRun({ text: `文档${i + 1}:`, font: headingFont, size: 22 }),
          new TextRun({ text: describeColumn(c), font: bodyFont, size: 22 }),
        ],
      }),
  );
  const legend = new Paragraph({
    spacing: { after: 200 },
    children: [new TextRun({ text: '标记:删除线为基准文档有而本文档删去的文字,下划线加粗为本文档新增的文字。', font: bodyFont, size: 20 })],
  });
  return [title, ...lines, legend];
}

const footer = new Footer({
  children: [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ font: bodyFont, size: 20, children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
      ],
    }),
  ],
});

/** Renders a comparison as the .docx 对照表; notes fill the 说明 column when asked. */
export async function buildDocx(view: ComparisonView, notes: readonly Note[], options: { includeNotes: boolean }): Promise<Uint8Array> {
  const model = tableModel(view, notes, options);
  const widths = columnWidths(model);
  const table = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [headerRow(model.columns, model.includeNotes, widths), ...model.rows.map((r) => bodyRow(r, model.includeNotes, widths))],
  });
  const document = new Document({
    creator: 'Precedent',
    title: `${tableTitle}:${model.columns.map((c) => c.title).join(' / ')}`,
    styles: { default: { document: { run: { font: bodyFont, size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...a4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        footers: { default: footer },
        children: [...headerBlock(model), table],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
