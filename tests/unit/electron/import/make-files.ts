/** Builds the files the import tests feed in, from seed text: GBK .txt, .docx, PDF, HTML. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { Document, type ILevelsOptions, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { buildPdf, wrapLines } from './pdf-writer';

/** The text of a seed document (UTF-8, as bundled). */
export function seedText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../seeds/${name}`, import.meta.url)), 'utf-8');
}

/** The seed's lines as a reader sees them (no BOM, no CR). */
export function seedLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
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

/** A paragraph of a Word draft, numbered by list `list` at `level` when it names one (instance 0 unless told). */
export interface DraftParagraph {
  readonly text: string;
  readonly list?: string;
  readonly level?: number;
  readonly instance?: number;
}

/** A list definition of a draft: its name and levels (format, `%1、`-style text, start, suffix). */
export interface DraftList {
  readonly reference: string;
  readonly levels: readonly ILevelsOptions[];
}

/** A Word document whose lists Word numbers automatically: the numbers are not in the text. */
export async function numberedDocxBytes(lists: readonly DraftList[], paragraphs: readonly DraftParagraph[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: lists.map((l) => ({ reference: l.reference, levels: [...l.levels] })) },
    sections: [
      {
        children: paragraphs.map(({ text, list, level = 0, instance = 0 }) =>
          list === undefined ? new Paragraph({ text }) : new Paragraph({ text, numbering: { reference: list, level, instance } }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** How a typed number becomes automatic: a line matching `pattern` loses the match and goes into `list` at `level`. */
export interface TypedNumber {
  readonly pattern: RegExp;
  readonly list: string;
  readonly level: number;
}

/** Typed text as a drafter who switched on automatic numbering would hold it: typed numbers become list paragraphs. */
export function autoNumbered(text: string, numbers: readonly TypedNumber[]): DraftParagraph[] {
  return seedLines(text).map((line) => {
    const rule = numbers.find((n) => n.pattern.test(line));
    return rule ? { text: line.replace(rule.pattern, ''), list: rule.list, level: rule.level } : { text: line };
  });
}

/** The .docx with one part rewritten, as another writer (or a damaged copy) would have it. */
export async function editDocxPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(path)?.async('string');
  if (xml === undefined) throw new Error(`no ${path} in the .docx`);
  zip.file(path, edit(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
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
  return new TextEncoder().encode(
    `<!doctype html><html><head><meta charset="utf-8"><style>p{margin:0}</style><script>var x = "<p>no</p>";</script></head><body>${body}</body></html>`,
  );
}

/** The first bytes of a PNG image. */
export const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
