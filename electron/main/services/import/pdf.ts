/**
 * Plain text from a PDF's text layer (pdfjs legacy build, no worker thread):
 * text items are grouped into lines by their baseline and read left to right.
 * A PDF without a text layer (a scan) is refused: there is nothing to compare.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../../../../shared/errors';

/** pdfjs-dist's data folders: predefined CMaps (UniGB-UCS2-H …) and the standard fonts. */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

/** Groups items whose baselines lie within half a line of each other, top to bottom. */
export function itemsToLines(items: readonly Item[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    const tolerance = Math.max(1, (item.height || 10) / 2);
    if (last && Math.abs(last[0].y - item.y) <= tolerance) last.push(item);
    else lines.push([item]);
  }
  return lines.map((line) =>
    line
      .sort((a, b) => a.x - b.x)
      .map((i) => i.str)
      .join('')
      .trimEnd(),
  );
}

/** The text of every page, pages separated by a line break. */
export async function pdfToText(fileName: string, bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: string[];
  try {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      ...pdfjsData(),
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        items.push({ str: raw.str, x: raw.transform[4], y: raw.transform[5], height: raw.height });
      }
      pages.push(itemsToLines(items).join('\n'));
    }
    await doc.destroy();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('bad-pdf', `无法读取 PDF 文件 ${fileName}(${reason})`, `cannot read the PDF file ${fileName} (${reason})`);
  }
  const text = pages.join('\n').trim();
  if (text === '') {
    throw new InputError(
      'pdf-no-text',
      `PDF 文件 ${fileName} 没有文字层(可能是扫描件),请先做文字识别再导入`,
      `the PDF ${fileName} has no text layer (probably a scan); run OCR on it first`,
    );
  }
  return text;
}
