/**
 * Bytes → text for every format the library accepts. Text files go through
 * the shared decoder (UTF-8/16, GB18030); HTML is decoded the same way, then
 * stripped; .docx and .pdf through their readers.
 */
import { InputError } from '../../../../shared/errors';
import type { ImportFormat } from '../../store/index';
import { decodeModule } from '../modules';
import { docxToText } from './docx';
import { formatOf } from './formats';
import { htmlToText } from './html';
import { checkFileSize, checkTextLength, defaultImportLimits, type ImportLimits } from './limits';
import { pdfToText } from './pdf';

/** The text read out of a file and how it was read. */
export interface ExtractedText {
  readonly text: string;
  readonly format: ImportFormat;
  readonly encoding: string;
}

/**
 * Reads a file's text, or throws an InputError naming the file and the reason.
 * A function of (name, bytes, limits) only, with no Electron in reach, so it
 * can run in a worker.
 */
export async function extractText(fileName: string, bytes: Uint8Array, limits: ImportLimits = defaultImportLimits): Promise<ExtractedText> {
  checkFileSize(fileName, bytes.length, limits);
  const format = formatOf(fileName, bytes);
  let text: string;
  let encoding = 'utf-8';
  switch (format) {
    case 'txt':
    case 'md':
    case 'html': {
      const { decodeBytes } = await decodeModule();
      const decoded = decodeBytes(bytes, fileName);
      encoding = decoded.encoding;
      text = format === 'html' ? htmlToText(decoded.text) : decoded.text;
      break;
    }
    case 'docx':
      text = await docxToText(fileName, bytes, limits);
      encoding = 'docx';
      break;
    case 'pdf':
      text = await pdfToText(fileName, bytes);
      encoding = 'pdf';
      break;
  }
  checkTextLength(fileName, text.length, limits);
  if (text.trim() === '') {
    throw new InputError('no-text', `文件中没有文字:${fileName}`, `the file contains no text: ${fileName}`);
  }
  return { text, format, encoding };
}
