/**
 * The 意见反馈表 of a draft under 征求意见: one row per note the reviewer wrote on
 * a measure (序号 | 条款 | 修改意见 | 理由或依据 | 先例), the header fields
 * 提出单位 / 联系人 / 日期 left for the sender to fill in; A4 portrait, 仿宋.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Note } from '../../../../shared/api/contract';
import type { UnitPrecedents } from '../../../../shared/model/comparison';
import type { ParsedDocument } from '../../../../shared/model/document';
import { pageNumberFooter, sectionPage } from './docx';
import { finishDocx } from './docx-finish';
import { bodyFont, headingFont, titleFont } from './fonts';
import { textPage, textWidthTwips } from './page-setup';
import { cellText, xmlSafe } from './table-model';

/** One row of the form. */
export interface FeedbackRow {
  readonly number: number;
  /** 第 N 条 + the measure's title */
  readonly clause: string;
  readonly opinion: string;
  readonly reason: string;
  /** the closest precedent: document title and measure */
  readonly precedent: string;
}

/** Splits a note into 修改意见 and 理由或依据 where the reviewer wrote "理由:" / "依据:" (else all of it is the opinion). */
export function splitNote(text: string): { readonly opinion: string; readonly reason: string } {
  const m = /^([\s\S]*?)(?:\n|^|[。;;]\s*)(?:理由|依据|理由或依据)[::]\s*([\s\S]*)$/.exec(text.trim());
  if (!m) return { opinion: text.trim(), reason: '' };
  return { opinion: m[1].trim().replace(/^(?:修改意见|意见)[::]\s*/, ''), reason: m[2].trim() };
}

/** The rows of the form, in the draft's order: notes on the draft's measures. */
export function feedbackRows(
  draft: ParsedDocument,
  draftId: string,
  notes: readonly Note[],
  precedents: readonly UnitPrecedents[],
  titleOf: (docId: string) => string,
): FeedbackRow[] {
  const rows: FeedbackRow[] = [];
  for (const unit of draft.units) {
    const note = notes.find((n) => n.docId === draftId && n.unitId === unit.id && n.text.trim() !== '');
    if (!note) continue;
    const { opinion, reason } = splitNote(note.text);
    const top = precedents.find((p) => p.unitId === unit.id)?.precedents[0];
    const clause = `第 ${unit.label || unit.ordinal} 条${unit.title ? ` ${unit.title}` : ''}`;
    const precedent = top ? `${titleOf(top.doc)} 第 ${top.label || '—'} 条${top.title ? ` ${top.title}` : ''}` : '';
    rows.push({
      number: rows.length + 1,
      clause: cellText(clause),
      opinion: cellText(opinion),
      reason: cellText(reason),
      precedent: cellText(precedent),
    });
  }
  return rows;
}

const size = 24; // 小四 in the table, 三号 would leave too little room in five columns
const lines = (text: string, font: typeof bodyFont | typeof headingFont = bodyFont, extra: Record<string, unknown> = {}) =>
  text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font, size, ...extra })] }));
const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });

/** Builds the 意见反馈表 .docx. */
export async function buildFeedbackDocx(draftTitle: string, rows: readonly FeedbackRow[]): Promise<Uint8Array> {
  const width = textWidthTwips(textPage);
  const widths = [0.08, 0.2, 0.28, 0.22, 0.22].map((f) => Math.floor(width * f));
  const heads = ['序号', '条款', '修改意见', '理由或依据', '先例'];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: heads.map((h, i) => cell(lines(h, headingFont), widths[i])),
  });
  const body = rows.length
    ? rows.map(
        (r) =>
          new TableRow({
            children: [String(r.number), r.clause, r.opinion, r.reason, r.precedent].map((t, i) => cell(lines(t), widths[i])),
          }),
      )
    : [new TableRow({ children: heads.map((_, i) => cell(lines(''), widths[i])) })];
  const title = `《${xmlSafe(draftTitle).replace(/[《》\n]/g, '')}》意见反馈表`;
  const field = (label: string) => [
    new TextRun({ text: `${label}:`, font: headingFont, size: 28 }),
    new TextRun({ text: '\u3000'.repeat(10), font: bodyFont, size: 28, underline: {} }),
    new TextRun({ text: '\u3000\u3000', size: 28 }),
  ];
  const document = new Document({
    creator: 'Precedent',
    title,
    styles: { default: { document: { run: { font: bodyFont, size } } } },
    sections: [
      {
        properties: { page: sectionPage(textPage) },
        footers: { default: pageNumberFooter() },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 300, line: 580 },
            children: [new TextRun({ text: title, font: titleFont, size: 40 })],
          }),
          new Paragraph({ spacing: { after: 200 }, children: [...field('提出单位'), ...field('联系人')] }),
          new Paragraph({ spacing: { after: 200 }, children: field('日期') }),
          new Table({
            width: { size: width, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            rows: [header, ...body],
          }),
        ],
      },
    ],
  });
  return finishDocx(new Uint8Array(await Packer.toBuffer(document)));
}
