/**
 * The last step of every .docx we write: the font table names each Chinese
 * office font's alternatives (w:altName), so Word and WPS substitute 仿宋 for a
 * missing 仿宋_GB2312 and 宋体 for a missing 小标宋 instead of their default font.
 */
import JSZip from 'jszip';
import { fontFallbacks } from './fonts';

const fontTablePath = 'word/fontTable.xml';
const fontTableRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable';

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** w:font entries with alternatives, for the fonts the document uses. */
function fontEntries(used: readonly string[]): string {
  return used
    .map(
      (name) =>
        `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(fontFallbacks[name].split(',')[0])}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
}

/** Adds the font alternatives to a packed .docx. */
export async function finishDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const used = Object.keys(fontFallbacks).filter((f) => document.includes(`"${f}"`));
  if (used.length === 0) return bytes;
  const existing = zip.file(fontTablePath);
  if (existing) {
    const xml = await existing.async('string');
    const names = new Set([...xml.matchAll(/<w:font w:name="([^"]+)"/g)].map((m) => m[1]));
    const entries = fontEntries(used.filter((f) => !names.has(f)));
    // the docx package writes an empty, self-closed table
    const filled = xml.includes('</w:fonts>')
      ? xml.replace('</w:fonts>', `${entries}</w:fonts>`)
      : xml.replace(/<w:fonts\b([^>]*)\/>\s*$/, `<w:fonts$1>${entries}</w:fonts>`);
    zip.file(fontTablePath, filled);
  } else {
    zip.file(
      fontTablePath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fontEntries(used)}</w:fonts>`,
    );
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = await zip.file(relsPath)!.async('string');
    if (!rels.includes(fontTableRel))
      zip.file(
        relsPath,
        rels.replace(
          '</Relationships>',
          `<Relationship Id="rIdFontTable1" Type="${fontTableRel}" Target="fontTable.xml"/></Relationships>`,
        ),
      );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    if (!types.includes('/word/fontTable.xml')) {
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/></Types>',
        ),
      );
    }
  }
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
