/** Reads an exported .docx back as HTML with mammoth, underlines kept as <ins>, and splits it into table rows. */
import mammoth from 'mammoth';

/** The .docx as HTML: strike-through → <s>, bold → <strong>, underline → <ins>. */
export async function docxHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['u => ins'] });
  return result.value;
}

/** The table's rows as HTML strings, header row first. */
export function tableRows(html: string): string[] {
  return [...html.matchAll(/<tr\b[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1]);
}

/** The cells of a row as HTML strings. */
export function rowCells(row: string): string[] {
  return [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((m) => m[1]);
}

/** Text with the tags removed. */
export const plain = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
