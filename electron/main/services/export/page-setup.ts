/**
 * Page setup of every exported document, after GB/T 9704-2012 (党政机关公文格式):
 * A4; 天头 (top) 37 mm, 订口 (left) 28 mm, 版心 156 × 225 mm, which leaves 26 mm on
 * the right and 35 mm at the bottom. Tables are printed landscape with the same
 * margins. Page numbers "— 6 —" in 宋体 under the text. One object for Word, HTML and print.
 */

/** Margins in millimetres. */
export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Page size and margins of a document. */
export interface PageSetup {
  /** A4, millimetres, portrait sides */
  readonly widthMm: number;
  readonly heightMm: number;
  readonly landscape: boolean;
  readonly marginsMm: Margins;
}

/** GB/T 9704-2012 margins: top 37, bottom 35, left 28, right 26 mm. */
export const gbMargins: Margins = { top: 37, bottom: 35, left: 28, right: 26 };

/** The 对照表: A4 landscape. */
export const tablePage: PageSetup = { widthMm: 210, heightMm: 297, landscape: true, marginsMm: gbMargins };

/** Documents read as text (tracked revisions, 意见反馈表): A4 portrait. */
export const textPage: PageSetup = { widthMm: 210, heightMm: 297, landscape: false, marginsMm: gbMargins };

/** Millimetres in twips (1/1440 inch). */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Width of the text area in twips. */
export function textWidthTwips(page: PageSetup): number {
  const width = page.landscape ? page.heightMm : page.widthMm;
  return twips(width - page.marginsMm.left - page.marginsMm.right);
}

/** The CSS @page rule of a setup (HTML export and the printed review). */
export function cssPage(page: PageSetup): string {
  const m = page.marginsMm;
  return `@page { size: A4 ${page.landscape ? 'landscape' : 'portrait'}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`;
}

/**
 * Electron's printToPDF options for a setup (margins in inches). `footer`: print
 * "— N —" from a footer template (the app's own views); a document that numbers its
 * pages itself (the HTML 对照表's @page margin box) is printed without, so no page has two.
 */
export function printOptions(
  page: PageSetup,
  footer = true,
): {
  readonly pageSize: 'A4';
  readonly landscape: boolean;
  readonly printBackground: boolean;
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly displayHeaderFooter: boolean;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
} {
  const inch = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;
  const m = page.marginsMm;
  return {
    pageSize: 'A4',
    landscape: page.landscape,
    printBackground: true,
    margins: { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right) },
    displayHeaderFooter: footer,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="width:100%;text-align:center;font-size:14pt;font-family:宋体,SimSun,serif">— <span class="pageNumber"></span> —</div>`,
  };
}
