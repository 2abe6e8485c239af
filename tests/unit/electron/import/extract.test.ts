import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../electron/main/services/import/extract';
import { htmlToText } from '../../../../electron/main/services/import/html';
import { buildPdf, wrapLines } from './pdf-writer';
import { docxBytes, gbkBytes, htmlBytes, pdfBytes, pngBytes, seedLines, seedText } from './make-files';

const seed = seedText('xuchang-2024-q2-double-half-measures.txt');
const lines = seedLines(seed);
const nonBlank = lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== '');

describe('reading imported files', () => {
  it('decodes a GBK .txt to exactly the seed text', async () => {
    const out = await extractText('许昌措施.txt', gbkBytes(seed));
    expect(out.text.replace(/^\uFEFF/, '')).toBe(seed.replace(/^\uFEFF/, ''));
    expect(out.format).toBe('txt');
    expect(out.encoding).toBe('gb18030');
  });

  it('reads a .docx back paragraph for paragraph', async () => {
    const out = await extractText('措施.docx', await docxBytes(seed));
    expect(out.text.split('\n')).toEqual(lines.join('\n').replace(/\n+$/, '').split('\n'));
  });

  it('reads a PDF text layer line by line: the printed lines, without blank lines', async () => {
    const out = await extractText('措施.pdf', pdfBytes(seed));
    expect(out.text.split('\n')).toEqual(wrapLines(lines).filter((l) => l.trim() !== ''));
  });

  it('reads an HTML page block by block, dropping scripts and decoding entities', async () => {
    const out = await extractText('措施.html', htmlBytes(seed));
    expect(out.text.split('\n')).toEqual(nonBlank.map((l) => l.replace(/[ \t]+/g, ' ').trim()));
  });

  it('decodes numeric and named entities and keeps line breaks of blocks', () => {
    expect(htmlToText('<div>一、总则<br>1.&#20013;&#x6587;&nbsp;&amp;&ldquo;双过半&rdquo;</div><td>a</td><td>b</td>')).toBe(
      '一、总则\n1.中文 &“双过半”\na b',
    );
  });

  it.each([
    ['a PNG image', '扫描件.png', pngBytes, 'unsupported-format'],
    ['an empty .txt', '空.txt', new Uint8Array(), 'empty-file'],
    ['a 0-byte .docx', '空.docx', new Uint8Array(), 'empty-file'],
    ['a .docx that is not a zip', '坏.docx', new TextEncoder().encode('not really a word file'), 'bad-docx'],
    ['a PDF without a text layer', '扫描.pdf', buildPdf([]), 'pdf-no-text'],
    ['a PNG renamed to .txt', '图.txt', pngBytes, undefined],
  ])('refuses %s with its name in the message', async (_what, name, bytes, code) => {
    const failure = await extractText(name, bytes).then(
      () => null,
      (e: unknown) => e as Error & { code: string },
    );
    expect(failure).not.toBeNull();
    expect(failure!.message).toContain(name);
    if (code) expect(failure!.code).toBe(code);
  });

  it.each([
    ['an old Word .doc', '通知.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['a WPS file', '通知.wps', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['an old Word file renamed to .txt', '通知.txt', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['an RTF file renamed to .txt', '通知.txt', new TextEncoder().encode('{\\rtf1\\ansi 通知}')],
  ])('tells a person with %s to save it as .docx', async (_what, name, bytes) => {
    const failure = await extractText(name, bytes).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(failure?.message).toMatch(/另存为 \.docx.* \/ .*save it as \.docx/);
  });
});
