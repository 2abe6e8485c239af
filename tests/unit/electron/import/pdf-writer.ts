/**
 * A tiny PDF writer for tests: one line of text per text line, in a CID font
 * that is not embedded (STSong-Light, Adobe-GB1, predefined CMap
 * UniGB-UCS2-H), so Chinese text has a real text layer without shipping a
 * font. `linesPerPage` lines per A4 page, top to bottom. Text that falls off
 * the page is not text a reader gets, so long lines wrap as a real PDF's do.
 */

/** The printed lines of a text wrapped at `width` characters (empty lines stay). */
export function wrapLines(lines: readonly string[], width = 44): string[] {
  return lines.flatMap((line) => {
    const chars = [...line.trimEnd()];
    if (chars.length <= width) return [chars.join('')];
    const rows: string[] = [];
    for (let i = 0; i < chars.length; i += width) rows.push(chars.slice(i, i + width).join(''));
    return rows;
  });
}

function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hex += (code > 0xffff ? 0x3000 : code).toString(16).padStart(4, '0');
  }
  return hex;
}

/** Builds a PDF whose text layer holds `lines` (empty lines leave an empty row). */
export function buildPdf(lines: readonly string[], linesPerPage = 45): Uint8Array {
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage) as string[]);
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
    '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  pages.forEach((pageLines, i) => {
    const ops = pageLines
      .map((line, row) => (line.trim() === '' ? '' : `1 0 0 1 40 ${800 - row * 17} Tm <${ucs2Hex(line)}> Tj`))
      .filter((op) => op !== '');
    const stream = `BT /F1 12 Tf\n${ops.join('\n')}\nET`;
    const streamBytes = Buffer.byteLength(stream, 'latin1');
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${streamBytes} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
