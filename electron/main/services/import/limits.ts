/**
 * How much input import accepts, in one readonly options object: a file
 * bigger than `maxFileBytes`, a text longer than `maxTextChars`, or a .docx
 * whose parts would inflate past the zip budgets is refused with a message
 * that names the file and the limit, before any of it is parsed.
 */
import { InputError } from '../../../../shared/errors';

/** Input limits; every reader of import takes them. */
export interface ImportLimits {
  /** bytes of one file as it is on disk (100 MB) */
  readonly maxFileBytes: number;
  /** characters of text a file may yield (50 MB of text: far beyond any policy document) */
  readonly maxTextChars: number;
  /** parts (files) inside a .docx/.zip */
  readonly maxZipEntries: number;
  /** bytes all parts of a .docx/.zip inflate to, as the central directory declares them */
  readonly maxZipUnpackedBytes: number;
}

/** The defaults: 100 MB a file, 50 M characters of text, 2,000 parts and 64 MB unpacked per .docx. */
export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxTextChars: 50 * 1024 * 1024,
  maxZipEntries: 2000,
  maxZipUnpackedBytes: 64 * 1024 * 1024,
};

/** "12.3 MB" for a person. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Refuses a file bigger than the limit. */
export function checkFileSize(fileName: string, bytes: number, limits: ImportLimits): void {
  if (bytes > limits.maxFileBytes) {
    throw new InputError(
      'too-large',
      `文件 ${fileName} 太大(${sizeText(bytes)}),超过 ${sizeText(limits.maxFileBytes)} 的上限`,
      `the file ${fileName} is too large (${sizeText(bytes)}; the limit is ${sizeText(limits.maxFileBytes)})`,
    );
  }
}

/** Refuses a text longer than the limit. */
export function checkTextLength(fileName: string, chars: number, limits: ImportLimits): void {
  if (chars > limits.maxTextChars) {
    throw new InputError(
      'too-much-text',
      `文件 ${fileName} 的文字太多(${chars} 字符),超过 ${limits.maxTextChars} 字符的上限`,
      `the file ${fileName} holds too much text (${chars} characters; the limit is ${limits.maxTextChars})`,
    );
  }
}
