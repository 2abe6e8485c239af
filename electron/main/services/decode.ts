/**
 * Bytes → text for policy documents: UTF-8 (with or without BOM), UTF-16 with
 * BOM, and GB18030/GBK (what many government sites still serve). Empty, binary
 * and undecodable input is refused with an InputError that names the file.
 */
import { InputError } from '../../../shared/errors';

/** The encodings we recognise. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and the encoding it was read with. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

interface Magic {
  readonly bytes: readonly number[];
  readonly zh: string;
  readonly en: string;
  /** what to do instead, when it is not "save it as .txt" */
  readonly advice?: { readonly zh: string; readonly en: string };
}

const saveAsDocx = {
  zh: '请在 Word 或 WPS 中另存为 .docx(或 .txt)后再导入',
  en: 'save it as .docx (or .txt) in Word or WPS, then import that',
};

const magics: readonly Magic[] = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    zh: 'PDF 文件',
    en: 'a PDF file',
    advice: { zh: '请以 .pdf 扩展名导入', en: 'import it with a .pdf extension' },
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: 'PNG 图片', en: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], zh: 'JPEG 图片', en: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: 'GIF 图片', en: 'a GIF image' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    zh: 'ZIP 压缩包(或 .docx/.xlsx 文档)',
    en: 'a ZIP archive (or a .docx/.xlsx document)',
    advice: { zh: 'Word 文档请以 .docx 扩展名导入', en: 'import a Word document with a .docx extension' },
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    zh: '旧版 Office/WPS 文档(.doc/.wps/.xls)',
    en: 'a legacy Office or WPS document (.doc/.wps/.xls)',
    advice: saveAsDocx,
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], zh: 'RTF 文档', en: 'an RTF document', advice: saveAsDocx },
  { bytes: [0x52, 0x61, 0x72, 0x21], zh: 'RAR 压缩包', en: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], zh: '7z 压缩包', en: 'a 7z archive' },
  { bytes: [0x1f, 0x8b], zh: 'gzip 压缩文件', en: 'a gzip file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], zh: '可执行程序(ELF)', en: 'an executable (ELF)' },
  { bytes: [0x4d, 0x5a], zh: '可执行程序(EXE)', en: 'an executable (EXE)' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function label(fileName: string | undefined): { zh: string; en: string } {
  return fileName ? { zh: `文件 ${fileName} `, en: `file ${fileName} ` } : { zh: '输入', en: 'the input ' };
}

function refuse(code: string, fileName: string | undefined, zh: string, en: string): never {
  const who = label(fileName);
  throw new InputError(code, `${who.zh}${zh}`, `${who.en}${en}`);
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when more than 1% of the characters are control characters other than tab, newlines and form feed. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > Math.max(2, text.length * 0.01);
}

function withBom(bytes: Uint8Array): { encoding: TextEncodingName; body: Uint8Array } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', body: bytes.subarray(3) };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', body: bytes.subarray(2) };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', body: bytes.subarray(2) };
  return null;
}

/**
 * UTF-16 text saved without a BOM: its ASCII characters (newlines, digits)
 * leave NUL bytes on one side of the pairs (three in four at least). Binary data spreads them.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const encoding: TextEncodingName | null = odd > 3 * even ? 'utf-16le' : even > 3 * odd ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = decodeStrict(bytes, encoding);
  return text !== null && !looksBinary(text) && text.trim() !== '' ? { text, encoding } : null;
}

/** Decodes a document's bytes, refusing empty, binary and undecodable input (InputError naming the file). */
export function decodeBytes(bytes: Uint8Array, fileName?: string): DecodedText {
  if (bytes.length === 0) refuse('empty-file', fileName, '是空的,没有可读的文字', 'is empty: there is no text to read');
  const magic = magics.find((m) => startsWith(bytes, m.bytes));
  if (magic) {
    const advice = magic.advice ?? { zh: '请先另存为 .txt', en: 'save it as .txt first' };
    refuse('binary-file', fileName, `是${magic.zh},不是纯文本;${advice.zh}`, `is ${magic.en}, not plain text; ${advice.en}`);
  }
  const bom = withBom(bytes);
  const candidates: readonly TextEncodingName[] = bom ? [bom.encoding] : ['utf-8', 'gb18030'];
  const body = bom ? bom.body : bytes;
  if (!bom && body.includes(0)) {
    const utf16 = utf16WithoutBom(body);
    if (utf16) return utf16;
    refuse('binary-file', fileName, '含有空字节,是二进制文件,不是文本', 'contains NUL bytes: it is binary, not text');
  }
  for (const encoding of candidates) {
    const text = decodeStrict(body, encoding);
    if (text === null) continue;
    if (looksBinary(text))
      refuse('binary-file', fileName, '含有大量控制字符,是二进制文件,不是文本', 'is full of control characters: it is binary, not text');
    if (text.trim() === '') refuse('empty-file', fileName, '只有空白,没有可读的文字', 'holds only whitespace: there is no text to read');
    return { text, encoding };
  }
  return refuse('undecodable', fileName, '无法按 UTF-8、UTF-16 或 GB18030 解码', 'cannot be decoded as UTF-8, UTF-16 or GB18030');
}
