/**
 * The 对照表 as a Word document, laid out after GB/T 9704-2012: A4 landscape,
 * margins 37/35/28/26 mm, a 小标宋 title that says what is compared, a header
 * block naming each document (title, 文号, date), a legend, the table with its
 * header row repeated on every page, and "— 6 —" page numbers in 宋体. Opens in Word and WPS.
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
  UnderlineType,
  WidthType,
} from 'docx';
import type { ComparisonView, Note } from '../../../../shared/api/contract';
import { bodyRow, deletedColor, headerRow } from './docx-cells';
import { finishDocx } from './docx-finish';
import { bodyFont, headingFont, pageNumberFont, titleFont } from './fonts';
import { describeColumn, legendText } from './labels';
import { tablePage, textWidthTwips, twips, type PageSetup } from './page-setup';
import { tableModel, type TableModel, type TableOptions } from './table-model';

/** Page properties of a section in the docx package's terms. */
export function sectionPage(page: PageSetup) {
  const m = page.marginsMm;
  return {
    size: {
      width: twips(page.widthMm),
      height: twips(page.heightMm),
      orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right), footer: twips(m.bottom - 7 - 5) },
  };
}

/** The footer of every page: "— N —", 宋体 4号 (14 pt), centred. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: pageNumberFont, size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

const textWidth = textWidthTwips(tablePage);

/** Column widths in twips: 序号 narrow, documents share the width, 说明 gets a fifth. */
function columnWidths(model: TableModel): number[] {
  const number = twips(14);
  const notes = Math.round(textWidth / 5);
  const each = Math.floor((textWidth - notes - number) / model.columns.length);
  return [number, ...model.columns.map(() => each), notes];
}

function headerBlock(model: TableModel): Paragraph[] {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240, line: 560 },
    children: [new TextRun({ text: model.title, font: titleFont, size: 36 })],
  });
  const lines = model.columns.map(
    (c, i) =>
      new Paragraph({
        children: [
          new TextRun({ text: `文件${i + 1}:`, font: headingFont, size: 22 }),
          new TextRun({ text: describeColumn(c), font: bodyFont, size: 22 }),
        ],
      }),
  );
  const legend = legendText(model.direction);
  const legendLine = new Paragraph({
    spacing: { before: 120, after: 200 },
    children: [
      new TextRun({ text: '标记说明:', font: headingFont, size: 20 }),
      new TextRun({ text: legend.deleted[0], font: bodyFont, size: 20, strike: true, color: deletedColor }),
      new TextRun({ text: legend.deleted[1], font: bodyFont, size: 20 }),
      new TextRun({ text: legend.inserted[0], font: bodyFont, size: 20, bold: true, underline: { type: UnderlineType.SINGLE } }),
      new TextRun({ text: legend.inserted[1], font: bodyFont, size: 20 }),
      new TextRun({ text: legend.rest, font: bodyFont, size: 20 }),
    ],
  });
  return [title, ...lines, legendLine];
}

/** Renders a comparison as the .docx 对照表; notes join the 说明 column when asked. */
export async function buildDocx(view: ComparisonView, notes: readonly Note[], options: TableOptions): Promise<Uint8Array> {
  const model = tableModel(view, notes, options);
  const widths = columnWidths(model);
  const table = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [headerRow(model.columns, widths), ...model.rows.map((r) => bodyRow(r, widths))],
  });
  const document = new Document({
    creator: 'Precedent',
    title: model.title,
    description: model.columns.map((c) => c.title).join(' / '),
    styles: { default: { document: { run: { font: bodyFont, size: 22 } } } },
    sections: [
      { properties: { page: sectionPage(tablePage) }, footers: { default: pageNumberFooter() }, children: [...headerBlock(model), table] },
    ],
  });
  return finishDocx(new Uint8Array(await Packer.toBuffer(document)));
}
