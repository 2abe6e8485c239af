/** Builds the files the import tests feed in, from seed text: GBK .txt, .docx, PDF, HTML. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { buildPdf, wrapLines } from './pdf-writer';

/** The text of a seed document (UTF-8, as bundled). */
export function seedText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../seeds/${name}`, import.meta.url)), 'utf-8');
}

/** The seed's lines as a reader sees them (no BOM, no CR). */
export function seedLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
}

/** The text encoded as GBK (GB18030) bytes, as government sites often publish it. */
export function gbkBytes(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

/** A Word document with one paragraph per line. */
export async function docxBytes(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: seedLines(text).map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A PDF with a text layer holding the lines, wrapped at 44 characters as printed. */
export function pdfBytes(text: string): Uint8Array {
  return buildPdf(wrapLines(seedLines(text)));
}

/** An HTML page with one <p> per line, text entity-escaped. */
export function htmlBytes(text: string): Uint8Array {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = seedLines(text)
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${escape(l)}</p>`)
    .join('\n');
  return new TextEncoder().encode(`<!doctype html><html><head><meta charset="utf-8"><style>p{margin:0}</style><script>var x = "<p>no</p>";</script></head><body>${body}</body></html>`);
}

/** The first bytes of a PNG image. */
export const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
