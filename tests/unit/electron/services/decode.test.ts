import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../electron/main/services/decode';
import { isInputError } from '../../../../shared/errors';
import { parseDocument } from '../../../../shared/parse/index';
import { seedFiles, seedText } from '../../../fixtures/parse/seeds';

function refusal(bytes: Uint8Array, name = 'bad.txt'): { code: string; zh: string; en: string } {
  try {
    decodeBytes(bytes, name);
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  throw new Error('decodeBytes accepted the input');
}

describe('decodeBytes', () => {
  const text = seedText('xuchang');

  it.each([
    ['GBK', () => iconv.encode(text, 'gbk'), 'gb18030'],
    ['GB18030', () => iconv.encode(text, 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', () => iconv.encode(text, 'utf16-le', { addBOM: true }), 'utf-16le'],
    ['UTF-16BE with BOM', () => iconv.encode(text, 'utf16-be', { addBOM: true }), 'utf-16be'],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['UTF-8', () => Buffer.from(text, 'utf8'), 'utf-8'],
  ] as const)('decodes a seed saved as %s back to the same text', (_name, encode, encoding) => {
    const decoded = decodeBytes(new Uint8Array(encode()), 'seed.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  it('recognises UTF-16 saved without a BOM by where its NUL bytes fall', () => {
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'utf16-le')), 'le.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'utf16-be')), 'be.txt')).toEqual({ text, encoding: 'utf-16be' });
  });

  it.each(Object.keys(seedFiles) as (keyof typeof seedFiles)[])('parses the GBK copy of %s exactly like the UTF-8 original', (name) => {
    const original = seedText(name);
    const fromGbk = decodeBytes(new Uint8Array(iconv.encode(original, 'gbk')), 'x.txt').text;
    const fromUtf16 = decodeBytes(new Uint8Array(iconv.encode(original, 'utf16-be', { addBOM: true })), 'x.txt').text;
    const expected = parseDocument(original, { fileName: 'x.txt' });
    expect(parseDocument(fromGbk, { fileName: 'x.txt' })).toEqual(expected);
    expect(parseDocument(fromUtf16, { fileName: 'x.txt' })).toEqual(expected);
  });

  it('refuses an empty file, naming it in Chinese and English', () => {
    const e = refusal(new Uint8Array(0), '空.txt');
    expect(e.code).toBe('empty-file');
    expect(e.zh).toContain('空.txt');
    expect(e.en).toContain('空.txt');
  });

  it('refuses a whitespace-only file as empty', () => {
    expect(refusal(new Uint8Array(Buffer.from(' \n\r\n\t ')), 'blank.txt').code).toBe('empty-file');
  });

  it.each([
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'PDF'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG'],
    ['ZIP/DOCX', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'ZIP'],
  ])('says what a %s file is when refusing it', (_name, bytes, word) => {
    const e = refusal(new Uint8Array(bytes));
    expect(e.code).toBe('binary-file');
    expect(e.zh).toContain(word);
    expect(e.en).toContain(word);
  });

  it('refuses bytes with NUL characters as binary', () => {
    expect(refusal(new Uint8Array([0x41, 0x42, 0x00, 0x43, 0x44])).code).toBe('binary-file');
  });

  it('refuses text full of control characters as binary', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(refusal(bytes).code).toBe('binary-file');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(refusal(new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x41])).code).toBe('undecodable');
  });
});
